/** Implementation shared by the format plugins of census-io; not an API, may change at any time. */
package org.census.io.internal;
