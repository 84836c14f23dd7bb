"""The inspectors' office: accounts, roles, permissions, sessions, login throttling."""
