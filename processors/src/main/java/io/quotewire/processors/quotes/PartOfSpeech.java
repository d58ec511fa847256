package io.quotewire.processors.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Universal Dependencies part-of-speech tags (NOUN, PROPN, PRON, VERB …) from Apache OpenNLP's English model,
 * trained on UD English EWT. Only the words around a quotation are tagged, so the cost stays small.
 *
 * <p>Words are tagged left to right, each with the model's best tag given the tags before it, instead of
 * POSTaggerME's beam of three: on these short windows the tags come out the same and it is about ten times
 * faster (3-4 µs a word against 40 here), which keeps the analyzer as fast as before. Thread-safe: the model is
 * read once and shared (a GIS model only reads its weights); each thread gets its own context generator, which
 * caches features of the last sentence.
 */
final class PartOfSpeech {
    /** The model file inside the opennlp-models-pos-en jar. */
    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final MaxentModel model;
    private final ThreadLocal<POSContextGenerator> contexts;

    PartOfSpeech(POSModel pos) {
        this.model = (MaxentModel) pos.getArtifact("pos.model");
        this.contexts = ThreadLocal.withInitial(() -> pos.getFactory().getPOSContextGenerator());
    }

    /** The tagger over the shipped model, read on first use. */
    static PartOfSpeech english() {
        return new PartOfSpeech(Shared.MODEL);
    }

    /** One tag per word, in order. */
    String[] tag(String[] words) {
        POSContextGenerator context = contexts.get();
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            tags[i] = model.getBestOutcome(model.eval(context.getContext(i, words, tags, null)));
        }
        return tags;
    }

    /** Holds the model read once per JVM: immutable after loading, and 1.6 MB is too much to read per extractor. */
    private static final class Shared {
        static final POSModel MODEL = load();

        private static POSModel load() {
            try (InputStream in = PartOfSpeech.class.getResourceAsStream(PartOfSpeech.MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("no part-of-speech model " + PartOfSpeech.MODEL + " on the class path");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
