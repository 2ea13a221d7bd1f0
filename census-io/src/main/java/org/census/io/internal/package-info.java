/**
 * Implementation shared by the format plugins of census-io and census-xlsx (exported to that module only); not an
 * API, may change at any time.
 */
package org.census.io.internal;
