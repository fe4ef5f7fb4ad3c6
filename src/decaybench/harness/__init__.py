"""The sweep above every step: plans the runs of a configuration, hands them to an executor
(threads here, or a Ray cluster), and stores what comes back. It is the only package that
knows the agents, the runtime and the results store at once."""
