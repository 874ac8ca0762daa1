// Imported before the config is evaluated: this process is the one that runs the queue,
// whatever JOBS_AUTORUN says for the web-facing cms instances.
process.env.JOBS_AUTORUN = 'true'
