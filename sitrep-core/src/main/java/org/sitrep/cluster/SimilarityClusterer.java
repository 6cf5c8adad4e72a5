package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;
import org.sitrep.model.DateRange;
import org.sitrep.text.TermVector;
import org.sitrep.text.TfIdf;

/**
 * Groups articles into stories by what they say, whom they name, and when they were published:
 * average-linkage agglomerative clustering over a similarity that mixes the cosine of TF-IDF content
 * vectors and the cosine of TF-IDF name vectors, with a cannot-link between articles published
 * further apart than {@link ClusteringConfig#maxDaysApart()}. Near-duplicates are then marked within
 * each story.
 *
 * <p>The result does not depend on input order beyond ties: articles are put in publication order
 * (then by id) before clustering. Cost is quadratic in memory and cubic in time in the number of
 * articles, meant for batch runs of up to a few thousand articles; the online clusterer replaces it
 * for streams. Pure and thread-safe.
 */
public final class SimilarityClusterer implements StoryClusterer {

    private static final double CANNOT_LINK = Double.NEGATIVE_INFINITY;

    private final ClusteringConfig config;

    public SimilarityClusterer(ClusteringConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public List<Story> apply(List<AnnotatedArticle> input) {
        List<AnnotatedArticle> articles = new ArrayList<>(input);
        articles.sort(publicationOrder());
        int n = articles.size();
        if (n == 0) {
            return List.of();
        }
        double[][] sim = similarities(articles);
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (clusters.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = config.linkThreshold();
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double s = averageLink(sim, clusters.get(a), clusters.get(b));
                    if (s >= best && (bestA < 0 || s > best)) {
                        best = s;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
        }
        NearDuplicateFinder duplicates = new NearDuplicateFinder(config.shingleSize(), config.duplicateThreshold());
        List<Story> stories = new ArrayList<>();
        for (List<Integer> c : clusters) {
            c.sort(Integer::compare);
            List<AnnotatedArticle> members = c.stream().map(articles::get).toList();
            Story plain = Story.of(members);
            stories.add(new Story(plain.id(), members, duplicates.copies(members)));
        }
        stories.sort(Comparator.comparing(StoryOrder::of));
        return stories;
    }

    /** Pairwise similarity of articles; {@link #CANNOT_LINK} where dates forbid a link. */
    double[][] similarities(List<AnnotatedArticle> articles) {
        int n = articles.size();
        List<ArticleFeatures> features = articles.stream().map(ArticleFeatures::of).toList();
        TfIdf contentWeights = TfIdf.fit(features.stream().map(ArticleFeatures::contentTerms).toList());
        TfIdf nameWeights = TfIdf.fit(features.stream().map(ArticleFeatures::names).toList());
        List<TermVector> content = features.stream().map(f -> contentWeights.vector(f.contentTerms())).toList();
        List<TermVector> names = features.stream().map(f -> nameWeights.vector(f.names())).toList();
        double total = config.contentWeight() + config.nameWeight();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s;
                if (tooFarApart(articles.get(i).article(), articles.get(j).article())) {
                    s = CANNOT_LINK;
                } else {
                    s = (config.contentWeight() * content.get(i).cosine(content.get(j))
                            + config.nameWeight() * names.get(i).cosine(names.get(j))) / total;
                }
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        return sim;
    }

    private boolean tooFarApart(Article a, Article b) {
        DateRange da = a.published();
        DateRange db = b.published();
        return da != null && db != null && da.daysApart(db) > config.maxDaysApart();
    }

    private static double averageLink(double[][] sim, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                double s = sim[i][j];
                if (s == CANNOT_LINK) {
                    return CANNOT_LINK;
                }
                sum += s;
            }
        }
        return sum / (a.size() * (double) b.size());
    }

    /** Published date (undated last), then id, so clustering does not depend on file order. */
    static Comparator<AnnotatedArticle> publicationOrder() {
        return Comparator.comparing((AnnotatedArticle a) -> a.article().published(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AnnotatedArticle::id);
    }
}
