package io.warrantycare.warranty.policy;

/**
 * Comparison of the numbers engraved on a watch with those printed on its card (SK-2, SK-3), ignoring case, spaces
 * and hyphens, without allocating. The caliber is the group left of the hyphen on the caseback ("7S26-0020" is
 * caliber 7S26), so caliber comparisons stop at the first hyphen.
 */
final class Numbers {

    private Numbers() {
    }

    static boolean hasCaliber(String value) {
        return value != null && skip(value, 0, caliberEnd(value)) < caliberEnd(value);
    }

    static boolean sameCaliber(String a, String b) {
        return same(a, caliberEnd(a), b, caliberEnd(b));
    }

    static boolean sameNumber(String a, String b) {
        return same(a, a.length(), b, b.length());
    }

    private static boolean same(String a, int endA, String b, int endB) {
        int i = skip(a, 0, endA);
        int j = skip(b, 0, endB);
        while (i < endA && j < endB) {
            if (Character.toUpperCase(a.charAt(i)) != Character.toUpperCase(b.charAt(j))) {
                return false;
            }
            i = skip(a, i + 1, endA);
            j = skip(b, j + 1, endB);
        }
        return i >= endA && j >= endB;
    }

    private static int caliberEnd(String s) {
        int hyphen = s.indexOf('-');
        return hyphen < 0 ? s.length() : hyphen;
    }

    private static int skip(String s, int from, int end) {
        int i = from;
        while (i < end && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }
}
