/**
 * {@code pgcraft:init}: a starter {@code pgcraft.xml}, and the XSDs of the core and of every extension on the class
 * path copied beside it with an OASIS XML catalog, so IDEs complete and validate the model offline; and the check
 * {@code generate} runs to say when those local copies are no longer the plugin's. Plain Java: no Maven types.
 */
package dev.pgcraft.init;
