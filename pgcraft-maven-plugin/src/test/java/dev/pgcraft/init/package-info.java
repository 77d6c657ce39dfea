/** Tests of {@code pgcraft:init}: the starter model, the local XSDs and catalog, and the stale-XSD warning. */
package dev.pgcraft.init;
