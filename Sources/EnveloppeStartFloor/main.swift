// A program that imports nothing and does nothing: the benchmark (docs/performance.md) times its start as
// the floor of any Swift command's start on this machine.
