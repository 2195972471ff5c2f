// The program that imports nothing (EnveloppeStartFloor), linked as `enveloppe` is: one static executable. The
// benchmark (docs/performance.md) times its start for the stricter reading of the floor.
