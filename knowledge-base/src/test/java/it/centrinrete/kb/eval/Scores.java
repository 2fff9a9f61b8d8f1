package it.centrinrete.kb.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one retriever over the set. hit@1 counts a question only when the retriever answers and its
 * first entry is the expected one (abstaining on an answerable question is a miss); hit@3 asks whether the
 * expected entry is among the first three shown, answered or offered as "forse cercava"; abstention is the share
 * of unanswerable questions on which it rightly declines.
 */
record Scores(String name, int answerable, int hit1, int hit3, int unanswerable, int abstained, int falseAbstentions,
              List<String> misses) {

    static Scores of(String name, List<EvalQuestion> questions, List<Retriever.Ranking> rankings) {
        int answerable = 0;
        int hit1 = 0;
        int hit3 = 0;
        int unanswerable = 0;
        int abstained = 0;
        int falseAbstentions = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            EvalQuestion q = questions.get(i);
            Retriever.Ranking r = rankings.get(i);
            String first = r.ids().isEmpty() ? "-" : r.ids().get(0);
            if (q.answerable()) {
                answerable++;
                boolean top = r.answers() && first.equals(q.expectedId());
                hit1 += top ? 1 : 0;
                hit3 += r.ids().subList(0, Math.min(3, r.ids().size())).contains(q.expectedId()) ? 1 : 0;
                falseAbstentions += r.answers() ? 0 : 1;
                if (!top) {
                    boolean inThree = r.ids().subList(0, Math.min(3, r.ids().size())).contains(q.expectedId());
                    misses.add(String.format("line %d [%s] \"%s\" expected %s, got %s%s%s", q.line(), q.category(), q.text(),
                        q.expectedId(), first, r.answers() ? "" : " (abstained)", inThree ? "" : " (not in top 3)"));
                }
            } else {
                unanswerable++;
                abstained += r.answers() ? 0 : 1;
                if (r.answers()) {
                    misses.add(String.format("line %d [%s] \"%s\" should abstain, answered %s", q.line(), q.category(), q.text(), first));
                }
            }
        }
        return new Scores(name, answerable, hit1, hit3, unanswerable, abstained, falseAbstentions, List.copyOf(misses));
    }

    double hitAt1() {
        return ratio(hit1, answerable);
    }

    double hitAt3() {
        return ratio(hit3, answerable);
    }

    double abstention() {
        return ratio(abstained, unanswerable);
    }

    double falseAbstentionRate() {
        return ratio(falseAbstentions, answerable);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    String row() {
        // a set of answerable questions only has no abstention to show
        String abstention = unanswerable == 0 ? "n/a" : String.format("%.3f", abstention());
        return String.format("| %-34s | %6.3f | %6.3f | %10s | %16.3f |", name, hitAt1(), hitAt3(), abstention, falseAbstentionRate());
    }

    static String header() {
        return "| retriever                          | hit@1  | hit@3  | abstention | false abstention |\n"
            + "|------------------------------------|--------|--------|------------|------------------|";
    }
}
