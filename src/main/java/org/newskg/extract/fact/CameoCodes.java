package org.newskg.extract.fact;

/**
 * What a CAMEO code (GDELT's event taxonomy, read from the trigger lexicon) tells about how an event is read:
 * promises, aid, force, and whether it is aimed at someone.
 */
final class CameoCodes {

    private CameoCodes() {
    }

    /** Promises and threats (CAMEO 03, 07, 13): made now, about what lies ahead. */
    static boolean pledge(String cameo) {
        return cameo != null && (cameo.startsWith("03") || cameo.startsWith("07") || cameo.startsWith("13"));
    }

    /** Threats (CAMEO 13). */
    static boolean threat(String cameo) {
        return cameo != null && cameo.startsWith("13");
    }

    /** Appeals and demands (CAMEO 02, 10): someone asked to act. */
    static boolean asking(String cameo) {
        return cameo != null && (cameo.startsWith("02") || cameo.startsWith("10"));
    }

    /** Material cooperation: economic, military, judicial, intelligence (CAMEO 06). */
    static boolean materialCooperation(String cameo) {
        return cameo != null && cameo.startsWith("06");
    }

    /** Humanitarian or other aid (CAMEO 07). */
    static boolean aid(String cameo) {
        return cameo != null && cameo.startsWith("07");
    }

    /** Force used: unconventional violence, fighting, mass violence (CAMEO 18, 19, 20). */
    static boolean force(String cameo) {
        return cameo != null && cameo.compareTo("18") >= 0;
    }

    /**
     * Acts that saying they "would" happen does not perform: consultations, agreements, concessions, protests, shows
     * of force, cuts in relations, coercion (CAMEO 04, 057, 08, 14-17). "said Britain would ban investment" plans a
     * ban, "told Y that X would withdraw its troops" a withdrawal; "said it would help" is a pledge made (03), "warned
     * it would respond" a threat made (13).
     */
    static boolean foretold(String cameo) {
        return cameo != null && (cameo.startsWith("04") || cameo.equals("057") || cameo.startsWith("08")
                || cameo.compareTo("14") >= 0 && cameo.compareTo("18") < 0);
    }

    /**
     * Acts done by saying them: statements, appeals, pledges, demands, disapproval, rejections, threats (CAMEO 01,
     * 02, 03, 10-13).
     */
    static boolean spoken(String cameo) {
        return cameo != null && cameo.length() >= 2 && switch (cameo.substring(0, 2)) {
            case "01", "02", "03", "10", "11", "12", "13" -> true;
            default -> false;
        };
    }

    /** Comments on another act: praise (CAMEO 051), disapproval (11). */
    static boolean comment(String cameo) {
        return "051".equals(cameo) || cameo != null && cameo.startsWith("11");
    }

    /** Shows of force and coercion (CAMEO 15, 17): done where the troops or the police are, as force is. */
    static boolean physical(String cameo) {
        return cameo != null && (cameo.startsWith("15") || cameo.startsWith("17"));
    }

    /** Protests: demonstrations, marches, strikes (CAMEO 14). */
    static boolean protest(String cameo) {
        return cameo != null && cameo.startsWith("14");
    }

    /** Bombings other than from the air: car and suicide bombs (CAMEO 183). */
    static boolean bombing(String cameo) {
        return cameo != null && cameo.startsWith("183");
    }

    /** Shows of force: troops sent, put on alert (CAMEO 15). */
    static boolean forcePosture(String cameo) {
        return cameo != null && cameo.startsWith("15");
    }

    /**
     * People made to leave a country: expelled (CAMEO 166, "expel or withdraw") or deported (174, "expel or deport
     * individuals"); "condemned the expulsions" after "began deporting thousands" names the same act.
     */
    static boolean expulsion(String cameo) {
        return "166".equals(cameo) || "174".equals(cameo);
    }

    /** Coercion: arrests, detentions, curbs on people (CAMEO 17). */
    static boolean coercion(String cameo) {
        return cameo != null && cameo.startsWith("17");
    }

    /** A coded interaction acted on someone, other than a consultation or an agreement (CAMEO 04x, 057). */
    static boolean directedAt(String cameo) {
        return cameo != null && !cameo.startsWith("04") && !cameo.equals("057");
    }
}
