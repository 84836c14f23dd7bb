"""Demo live rooms that behave like real ones, served under /live2/ (see demo/README.md).

Rooms are scripts (rooms.yaml) of timed chat lines and room-state changes; the feed
pushes them over a WebSocket or serves them to fetch polling, and logs every event
it sent, so a recording can be checked for completeness.
"""
