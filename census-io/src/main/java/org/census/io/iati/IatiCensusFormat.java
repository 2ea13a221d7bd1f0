package org.census.io.iati;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.census.CensusException;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;

/**
 * A census as IATI 2.03 activities ({@code iati-activities version="2.03"}): one activity per distinct partnership,
 * reported by the census's publisher on behalf of the authorities. Write-only: an export for the aid-transparency
 * tools (IATI Datastore, d-portal, partner countries' aid-management systems).
 *
 * <p>Options ({@code iati:key=value,...}): {@code org=XI-IATI-...}, the publisher's organisation identifier when the
 * edition gives none (or another); {@code org-type=22}, its IATI OrganisationType code (default 90, Other). Without an
 * identifier the export fails saying how to give one: an IATI identifier must be the publisher's own.
 */
public final class IatiCensusFormat implements CensusFormat {
    static final FormatInfo INFO = new FormatInfo("iati", List.of("xml"), "application/xml", false, true);

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public Map<String, String> options() {
        return IatiOptions.DESCRIPTIONS;
    }

    @Override
    public void read(InputStream in, String source, FormatOptions options, CensusSink sink) {
        throw new CensusException("IATI is written, not read: an IATI file holds activities, not a census; read json "
                + "or xlsx");
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        return new IatiActivitiesWriter(out, IatiOptions.of(options));
    }
}
