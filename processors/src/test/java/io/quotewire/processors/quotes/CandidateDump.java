package io.quotewire.processors.quotes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Developer tool, not a test: writes every quote-mark candidate of a folder of articles with the features the
 * engine decides on (attribution, title/label test, position), one tab-separated line each, to study error
 * classes against an evaluation set. Usage: CandidateDump INPUT_DIR OUT_FILE
 */
public final class CandidateDump {
    public static void main(String[] args) throws IOException {
        ReportingLexicon lexicon = new ReportingLexicon();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8).strip();
                int sp = text.indexOf(' ', 5);
                String body = text.substring(sp + 1);
                String id = f.getFileName().toString().replace(".txt", "");
                Layout layout = Layout.of(body);
                List<QuoteSpan> spans = new QuoteScanner().scan(body, layout);
                Tokens tokens = Tokens.of(body, layout.wrapped());
                QuoteTokens marks = QuoteTokens.of(tokens, spans);
                int[] quoteOf = marks.quoteOf();
                int[] openTok = marks.openTok();
                int[] afterTok = marks.afterTok();
                AttributionFinder finder = new AttributionFinder(tokens, quoteOf, lexicon, false);
                QuotationJudge judge = new QuotationJudge(tokens, quoteOf);
                for (int q = 0; q < spans.size(); q++) {
                    QuoteSpan span = spans.get(q);
                    int o = openTok[q];
                    int after = afterTok[q];
                    int lb = finder.leftBound(o);
                    int rb = finder.rightBound(q, after);
                    Attribution right = finder.right(after, rb);
                    Attribution left = lb < o ? finder.left(lb, o) : null;
                    Attribution colon = finder.colon(o);
                    boolean title = judge.isTitle(span, o, after);
                    String prev = o > 0 ? tokens.text(o - 1) : "";
                    String next = after < tokens.size() ? tokens.text(after) : "";
                    int vl = 0;
                    String vlw = "";
                    for (int k = lb; k < o; k++) {
                        if (quoteOf[k] < 0 && finder.isVerbAt(k)) {
                            vl++;
                            vlw = tokens.lower(k);
                        }
                    }
                    int vr = 0;
                    for (int k = after; k < rb; k++) {
                        if (quoteOf[k] < 0 && finder.isVerbAt(k)) {
                            vr++;
                        }
                    }
                    int[] np = lb < o ? finder.subjectNear(lb, o) : null;
                    String subj = np == null ? "-" : body.substring(tokens.start(np[0]), tokens.end(np[1])).replace('\n', ' ');
                    String ctxL = body.substring(Math.max(0, span.open() - 60), span.open()).replace('\n', ' ').replace('\t', ' ');
                    String ctxR = body.substring(Math.min(body.length(), span.after()), Math.min(body.length(), span.after() + 40)).replace('\n', ' ').replace('\t', ' ');
                    out.write(String.join("\t", id, String.valueOf(span.start()), String.valueOf(span.end()),
                            String.valueOf(span.single()), String.valueOf(lb == o),
                            att(tokens, left), att(tokens, right), att(tokens, colon), String.valueOf(title),
                            String.valueOf(QuotationJudge.countWords(body, span.start(), span.end())),
                            String.valueOf(QuotationJudge.isTitleCase(body, span.start(), span.end())),
                            String.valueOf(QuotationJudge.endsSentence(body, span)), prev, next,
                            String.valueOf(vl), vlw, String.valueOf(vr), subj, String.valueOf(o - lb),
                            ctxL + "[[" + body.substring(span.start(), span.end()).replace('\n', ' ').replace('\t', ' ') + "]]" + ctxR));
                    out.write('\n');
                }
            }
        }
    }

    private static String att(Tokens t, Attribution a) {
        if (a == null) {
            return "-";
        }
        return t.source().substring(t.start(a.npStart()), t.end(a.npEnd())).replace('\n', ' ') + "|"
                + (a.cueStart() >= 0 ? t.source().substring(t.start(a.cueStart()), t.end(a.cueEnd())) : "") + "|"
                + a.adjacent();
    }
}
