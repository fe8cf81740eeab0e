package org.researchml.core.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * Zeros, poles and gain of a transfer function, analog (s-plane) or digital (z-plane).
 *
 * <p>The transforms follow the textbook frequency mappings: low-pass to low-pass, high-pass, band-pass or
 * band-stop, and the bilinear transform {@code z = (2 fs + s) / (2 fs - s)}.
 */
record ZeroPoleGain(List<Complex> zeros, List<Complex> poles, double gain) {

    ZeroPoleGain {
        zeros = List.copyOf(zeros);
        poles = List.copyOf(poles);
    }

    /** Returns the analog Butterworth low-pass prototype with an angular cut-off of 1 rad/s. */
    static ZeroPoleGain butterworthPrototype(int order) {
        List<Complex> poles = new ArrayList<>();
        for (int m = -order + 1; m < order; m += 2) {
            if (m == 0) {
                poles.add(Complex.real(-1));
            } else {
                double angle = Math.PI * m / (2.0 * order);
                poles.add(new Complex(-Math.cos(angle), -Math.sin(angle)));
            }
        }
        return new ZeroPoleGain(List.of(), poles, 1);
    }

    private int relativeDegree() {
        return poles.size() - zeros.size();
    }

    /** Moves the cut-off of an analog low-pass to {@code cutoffRadPerSecond}. */
    ZeroPoleGain lowPassToLowPass(double cutoffRadPerSecond) {
        List<Complex> newZeros = scale(zeros, cutoffRadPerSecond);
        List<Complex> newPoles = scale(poles, cutoffRadPerSecond);
        return new ZeroPoleGain(newZeros, newPoles, gain * Math.pow(cutoffRadPerSecond, relativeDegree()));
    }

    /** Turns an analog low-pass into a high-pass with cut-off {@code cutoffRadPerSecond}. */
    ZeroPoleGain lowPassToHighPass(double cutoffRadPerSecond) {
        Complex cutoff = Complex.real(cutoffRadPerSecond);
        List<Complex> newZeros = new ArrayList<>();
        for (Complex zero : zeros) {
            newZeros.add(cutoff.dividedBy(zero));
        }
        List<Complex> newPoles = new ArrayList<>();
        for (Complex pole : poles) {
            newPoles.add(cutoff.dividedBy(pole));
        }
        for (int i = 0; i < relativeDegree(); i++) {
            newZeros.add(Complex.ZERO);
        }
        double newGain = gain * productOfNegated(zeros).dividedBy(productOfNegated(poles)).re();
        return new ZeroPoleGain(newZeros, newPoles, newGain);
    }

    /** Turns an analog low-pass into a band-pass around centre {@code centreRadPerSecond} with width {@code bandwidthRadPerSecond}. */
    ZeroPoleGain lowPassToBandPass(double centreRadPerSecond, double bandwidthRadPerSecond) {
        List<Complex> newZeros = splitAroundCentre(scale(zeros, bandwidthRadPerSecond / 2), centreRadPerSecond);
        List<Complex> newPoles = splitAroundCentre(scale(poles, bandwidthRadPerSecond / 2), centreRadPerSecond);
        for (int i = 0; i < relativeDegree(); i++) {
            newZeros.add(Complex.ZERO);
        }
        return new ZeroPoleGain(newZeros, newPoles, gain * Math.pow(bandwidthRadPerSecond, relativeDegree()));
    }

    /** Turns an analog low-pass into a band-stop around centre {@code centreRadPerSecond} with width {@code bandwidthRadPerSecond}. */
    ZeroPoleGain lowPassToBandStop(double centreRadPerSecond, double bandwidthRadPerSecond) {
        Complex halfWidth = Complex.real(bandwidthRadPerSecond / 2);
        List<Complex> invertedZeros = new ArrayList<>();
        for (Complex zero : zeros) {
            invertedZeros.add(halfWidth.dividedBy(zero));
        }
        List<Complex> invertedPoles = new ArrayList<>();
        for (Complex pole : poles) {
            invertedPoles.add(halfWidth.dividedBy(pole));
        }
        List<Complex> newZeros = splitAroundCentre(invertedZeros, centreRadPerSecond);
        List<Complex> newPoles = splitAroundCentre(invertedPoles, centreRadPerSecond);
        for (int i = 0; i < relativeDegree(); i++) {
            newZeros.add(new Complex(0, centreRadPerSecond));
        }
        for (int i = 0; i < relativeDegree(); i++) {
            newZeros.add(new Complex(0, -centreRadPerSecond));
        }
        double newGain = gain * productOfNegated(zeros).dividedBy(productOfNegated(poles)).re();
        return new ZeroPoleGain(newZeros, newPoles, newGain);
    }

    /**
     * Maps an analog filter to a digital one with the bilinear transform at {@code samplingRate}
     * (the frequency unit of the analog design); zeros at infinity move to z = -1.
     */
    ZeroPoleGain bilinear(double samplingRate) {
        Complex twiceRate = Complex.real(2 * samplingRate);
        List<Complex> newZeros = new ArrayList<>();
        Complex zeroFactor = Complex.ONE;
        for (Complex zero : zeros) {
            newZeros.add(twiceRate.plus(zero).dividedBy(twiceRate.minus(zero)));
            zeroFactor = zeroFactor.times(twiceRate.minus(zero));
        }
        List<Complex> newPoles = new ArrayList<>();
        Complex poleFactor = Complex.ONE;
        for (Complex pole : poles) {
            newPoles.add(twiceRate.plus(pole).dividedBy(twiceRate.minus(pole)));
            poleFactor = poleFactor.times(twiceRate.minus(pole));
        }
        for (int i = 0; i < relativeDegree(); i++) {
            newZeros.add(Complex.real(-1));
        }
        return new ZeroPoleGain(newZeros, newPoles, gain * zeroFactor.dividedBy(poleFactor).re());
    }

    private static List<Complex> scale(List<Complex> values, double factor) {
        List<Complex> scaled = new ArrayList<>();
        for (Complex value : values) {
            scaled.add(value.times(factor));
        }
        return scaled;
    }

    /** Maps each root r to the pair r +- sqrt(r^2 - centre^2): all "+" roots first, then all "-" roots. */
    private static List<Complex> splitAroundCentre(List<Complex> roots, double centre) {
        Complex centreSquared = Complex.real(centre * centre);
        List<Complex> upper = new ArrayList<>();
        List<Complex> lower = new ArrayList<>();
        for (Complex root : roots) {
            Complex offset = root.times(root).minus(centreSquared).sqrt();
            upper.add(root.plus(offset));
            lower.add(root.minus(offset));
        }
        upper.addAll(lower);
        return upper;
    }

    private static Complex productOfNegated(List<Complex> values) {
        Complex product = Complex.ONE;
        for (Complex value : values) {
            product = product.times(value.times(-1));
        }
        return product;
    }
}
