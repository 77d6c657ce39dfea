/**
 * The Maven goals. The only package that imports Maven: each mojo reads its parameters, builds one options
 * record and calls one engine class; {@link dev.pgcraft.mojo.AbstractPgcraftMojo} does skipping and turns engine
 * problems into build failures whose message is the problem report, never a stack trace.
 */
package dev.pgcraft.mojo;
