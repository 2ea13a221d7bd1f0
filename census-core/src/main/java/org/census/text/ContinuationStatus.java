package org.census.text;

/** Whether a partnership went on after the crisis reference date. */
public enum ContinuationStatus {
    /** It went on ("OUI", "Le partenariat s'est poursuivi"). */
    YES,
    /** It stopped or was put to sleep ("NON", "mise en sommeil"). */
    NO,
    /** It stopped, then started again ("Reprise du partenariat en février 2013"). */
    RESUMED,
    /** The answer does not say ("/", "Cf. ci-dessous"). */
    UNCLEAR
}
