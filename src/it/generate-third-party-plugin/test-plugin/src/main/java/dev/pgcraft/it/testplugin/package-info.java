/** IT-only plugins with defects: {@code <t:chicken/>} and {@code <t:egg/>} require each other; {@code <t:boom/>} throws. */
package dev.pgcraft.it.testplugin;
