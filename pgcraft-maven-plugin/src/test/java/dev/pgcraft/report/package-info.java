/** Tests of the model description, the ER diagrams and the HTML report, including one in a real headless Chromium. */
package dev.pgcraft.report;
