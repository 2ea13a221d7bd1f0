package org.census.io;

/**
 * What a conversion did.
 *
 * @param from         the input format's name
 * @param to           the output format's name
 * @param partnerships partnerships written
 * @param actions      action rows written
 * @param bytesRead    bytes of input read
 * @param bytesWritten bytes of output written
 */
public record ConvertResult(String from, String to, long partnerships, long actions, long bytesRead,
                            long bytesWritten) {
}
