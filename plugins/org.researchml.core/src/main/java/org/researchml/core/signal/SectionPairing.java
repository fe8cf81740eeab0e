package org.researchml.core.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the zeros and poles of a digital filter into second-order sections.
 *
 * <p>Poles are taken from the one closest to the unit circle outwards, and each is paired with its
 * nearest zero, so that no section has a large peak gain. The sections are stored with the poles
 * closest to the unit circle last, and the overall gain goes into the first section. This is the
 * "nearest" pairing that SciPy 1.10's {@code zpk2sos} uses by default, so section order and
 * coefficients can be compared with {@code scipy.signal.butter(..., output='sos')}.
 */
final class SectionPairing {

    /** Relative tolerance below which an imaginary part counts as zero, and conjugates count as equal. */
    private static final double TOLERANCE = 100 * Math.ulp(1.0);

    private SectionPairing() {
    }

    /** Returns the sections as rows {@code b0, b1, b2, 1, a1, a2}. */
    static double[][] toSections(ZeroPoleGain digital) {
        List<Complex> zeros = new ArrayList<>(digital.zeros());
        List<Complex> poles = new ArrayList<>(digital.poles());
        if (zeros.isEmpty() && poles.isEmpty()) {
            return new double[][] {{digital.gain(), 0, 0, 1, 0, 0}};
        }
        while (poles.size() < zeros.size()) {
            poles.add(Complex.ZERO);
        }
        while (zeros.size() < poles.size()) {
            zeros.add(Complex.ZERO);
        }
        int sectionCount = (poles.size() + 1) / 2;
        if (poles.size() % 2 == 1) {
            poles.add(Complex.ZERO);
            zeros.add(Complex.ZERO);
        }
        zeros = combineConjugates(zeros);
        poles = combineConjugates(poles);

        double[][] sections = new double[sectionCount][];
        for (int section = sectionCount - 1; section >= 0; section--) {
            Complex pole = poles.remove(indexClosestToUnitCircle(poles));
            long realPolesLeft = poles.stream().filter(Complex::isReal).count();
            long realZerosLeft = zeros.stream().filter(Complex::isReal).count();
            if (pole.isReal() && realPolesLeft == 0) {
                // The last real pole becomes a first-order section with the nearest real zero.
                Complex zero = zeros.remove(nearestIndex(zeros, pole, Kind.REAL));
                sections[section] = section(List.of(zero, Complex.ZERO), List.of(pole, Complex.ZERO));
            } else if (poles.size() + 1 == zeros.size() && !pole.isReal() && realPolesLeft == 1
                    && realZerosLeft == 1) {
                // One real pole and one real zero remain for a later section, so this complex pole takes a complex zero.
                Complex zero = zeros.remove(nearestIndex(zeros, pole, Kind.COMPLEX));
                sections[section] = section(List.of(zero, zero.conjugate()), List.of(pole, pole.conjugate()));
            } else {
                Complex secondPole;
                if (pole.isReal()) {
                    List<Complex> realPoles = poles.stream().filter(Complex::isReal).toList();
                    secondPole = realPoles.get(indexClosestToUnitCircle(realPoles));
                    poles.remove(poles.indexOf(secondPole));
                } else {
                    secondPole = pole.conjugate();
                }
                sections[section] = sectionWithNearestZeros(zeros, pole, secondPole);
            }
        }
        for (int i = 0; i < 3; i++) {
            sections[0][i] *= digital.gain();
        }
        return sections;
    }

    private static double[] sectionWithNearestZeros(List<Complex> zeros, Complex pole, Complex secondPole) {
        if (zeros.isEmpty()) {
            return section(List.of(), List.of(pole, secondPole));
        }
        Complex zero = zeros.remove(nearestIndex(zeros, pole, Kind.ANY));
        if (!zero.isReal()) {
            return section(List.of(zero, zero.conjugate()), List.of(pole, secondPole));
        }
        if (zeros.isEmpty()) {
            return section(List.of(zero), List.of(pole, secondPole));
        }
        Complex secondZero = zeros.remove(nearestIndex(zeros, pole, Kind.REAL));
        return section(List.of(zero, secondZero), List.of(pole, secondPole));
    }

    /**
     * Splits roots into real ones and conjugate pairs. Returns one root with positive imaginary part per
     * pair (the mean of the pair) sorted by real part, followed by the real roots sorted by value.
     */
    static List<Complex> combineConjugates(List<Complex> roots) {
        List<Double> reals = new ArrayList<>();
        List<Complex> upper = new ArrayList<>();
        List<Complex> lower = new ArrayList<>();
        for (Complex root : roots) {
            if (Math.abs(root.im()) <= TOLERANCE * root.abs()) {
                reals.add(root.re());
            } else if (root.im() > 0) {
                upper.add(root);
            } else {
                lower.add(root);
            }
        }
        if (upper.size() != lower.size()) {
            throw new IllegalStateException("Filter design produced a complex root without its conjugate: " + roots);
        }

        Comparator<Complex> byRealThenImaginary = Comparator.comparingDouble(Complex::re)
                .thenComparingDouble(c -> Math.abs(c.im()));
        upper.sort(byRealThenImaginary);
        List<Complex> combined = new ArrayList<>();
        for (Complex root : upper) {
            int match = 0;
            for (int i = 1; i < lower.size(); i++) {
                if (lower.get(i).conjugate().minus(root).abs() < lower.get(match).conjugate().minus(root).abs()) {
                    match = i;
                }
            }
            Complex conjugate = lower.remove(match).conjugate();
            if (conjugate.minus(root).abs() > TOLERANCE * conjugate.abs()) {
                throw new IllegalStateException("Filter design produced a complex root without its conjugate: "
                        + roots);
            }
            combined.add(root.plus(conjugate).times(0.5));
        }

        reals.sort(Double::compare);
        for (double real : reals) {
            combined.add(Complex.real(real));
        }
        return combined;
    }

    private enum Kind { REAL, COMPLEX, ANY }

    private static int nearestIndex(List<Complex> candidates, Complex target, Kind kind) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            Complex candidate = candidates.get(i);
            boolean eligible = kind == Kind.ANY || (kind == Kind.REAL) == candidate.isReal();
            double distance = candidate.minus(target).abs();
            if (eligible && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("No " + kind + " zero left to pair with pole " + target);
        }
        return best;
    }

    private static int indexClosestToUnitCircle(List<Complex> roots) {
        int best = 0;
        for (int i = 1; i < roots.size(); i++) {
            if (Math.abs(1 - roots.get(i).abs()) < Math.abs(1 - roots.get(best).abs())) {
                best = i;
            }
        }
        return best;
    }

    /** Returns one section {@code b0, b1, b2, a0, a1, a2} with unit gain from up to two zeros and two poles. */
    private static double[] section(List<Complex> zeros, List<Complex> poles) {
        double[] numerator = monicPolynomial(zeros);
        double[] denominator = monicPolynomial(poles);
        double[] section = new double[6];
        System.arraycopy(numerator, 0, section, 3 - numerator.length, numerator.length);
        System.arraycopy(denominator, 0, section, 6 - denominator.length, denominator.length);
        return section;
    }

    /** Returns the real coefficients of prod (x - root), highest power first; roots are real or a conjugate pair. */
    private static double[] monicPolynomial(List<Complex> roots) {
        Complex[] coefficients = {Complex.ONE};
        for (Complex root : roots) {
            Complex[] next = new Complex[coefficients.length + 1];
            next[0] = coefficients[0];
            for (int i = 1; i < coefficients.length; i++) {
                next[i] = coefficients[i].minus(coefficients[i - 1].times(root));
            }
            next[coefficients.length] = coefficients[coefficients.length - 1].times(root).times(-1);
            coefficients = next;
        }
        double[] real = new double[coefficients.length];
        for (int i = 0; i < coefficients.length; i++) {
            real[i] = coefficients[i].re();
        }
        return real;
    }
}
