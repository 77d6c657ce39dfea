/**
 * A throwaway PostgreSQL server from zonky's binaries for {@code pgcraft:start} and tests, so trying pgcraft
 * needs no installed database.
 */
package dev.pgcraft.embedded;
