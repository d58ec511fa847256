package io.quotewire.processors.quotes;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Picks a quotation's speaker among its candidates with a maximum-entropy model of "this candidate is the
 * speaker", trained on the development part of PolNeAR train ({@code .ci/train-speaker-ranker}). Deterministic:
 * the highest score wins, the earlier candidate on a tie. Thread-safe: a GIS model only reads its weights.
 */
final class SpeakerRanker {
    /** The shipped model, next to this class. */
    static final String MODEL = "speaker-ranker.bin.gz";
    /** The shipped model of who a speaker pronoun stands for (the same learner over other candidates). */
    static final String ANTECEDENT_MODEL = "antecedent-ranker.bin.gz";
    static final String SPEAKER = "1";
    /** How much more likely than the rules' pick another candidate must be (chosen by leave-one-publisher-out). */
    static final double MARGIN = 0.5;

    private final MaxentModel model;
    private final int speaker;

    SpeakerRanker(MaxentModel model) {
        this.model = model;
        this.speaker = model.getIndex(SPEAKER);
        if (speaker < 0) {
            throw new IllegalArgumentException("the model has no outcome " + SPEAKER);
        }
    }

    /** The ranker over the model shipped in the jar. */
    static SpeakerRanker shipped() {
        return Shared.RANKER;
    }

    /** The antecedent ranker over the model shipped in the jar. */
    static SpeakerRanker antecedents() {
        return SharedAntecedents.RANKER;
    }

    /** Reads a model as {@code SpeakerRankerTrainer} writes it (binary GIS, gzipped). */
    static SpeakerRanker read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        return new SpeakerRanker(new BinaryGISModelReader(data).getModel());
    }

    /** How likely the candidate with these features is the speaker. */
    double score(List<String> features) {
        return model.eval(features.toArray(String[]::new))[speaker];
    }

    /** The index of the best candidate, the first on a tie; -1 for none. */
    int best(List<List<String>> candidates) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double s = score(candidates.get(i));
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }

    /**
     * The best candidate, but the rules' own pick unless another beats it by {@code margin} in probability: the
     * rules are right most of the time, and a narrow win of the model is as likely wrong as right.
     *
     * @param picked the index of the rules' pick, or -1 for none
     */
    int best(List<List<String>> candidates, int picked, double margin) {
        int best = best(candidates);
        if (picked < 0 || best == picked) {
            return best;
        }
        return score(candidates.get(best)) - score(candidates.get(picked)) > margin ? best : picked;
    }

    /** The shipped model, read once per JVM (immutable once read). */
    private static final class Shared {
        static final SpeakerRanker RANKER = load(MODEL);

        static SpeakerRanker load(String model) {
            try (InputStream in = SpeakerRanker.class.getResourceAsStream(model)) {
                if (in == null) {
                    throw new IllegalStateException("no speaker model " + model + " next to " + SpeakerRanker.class);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Apart from {@link Shared}: each model is read when first used. */
    private static final class SharedAntecedents {
        static final SpeakerRanker RANKER = Shared.load(ANTECEDENT_MODEL);
    }
}
