/** Implementation shared by the xlsx format and the questionnaires; not an API, may change at any time. */
package org.census.io.xlsx.internal;
