"""One module per command group of the `hongdun` console command."""
