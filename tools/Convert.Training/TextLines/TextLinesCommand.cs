using System.Globalization;
using System.Text.Json.Nodes;
using Convert.Core.Learning;
using Convert.Core.Reading.TextDumps;
using Convert.Training.Boosting;
using Convert.Training.Evaluation;

namespace Convert.Training.TextLines;

/// <summary>
/// <c>text-lines --truth DIR --dumps DIR --out MODEL.json --context-out MODEL.json [--folds 5] [--seed 17] [--rounds 100]
/// [--depth 6] [--min-leaf 20] [--context-rounds 60] [--context-depth 4] [--context-min-leaf 100] [--nested 1] [--cache FILE] [--threshold P]</c>: trains the
/// page-dump line classifier on the WCXB text dumps in two stages (the block's own features, then its neighbours'
/// first-stage scores), reports page-level word F1 per page type fitted and held out (folds grouped by site), picks
/// the decision threshold on the held-out scores, and writes both models.
/// </summary>
/// <remarks>
/// The second stage learns from first-stage scores of pages the first stage did not see, as it will meet them in use
/// (stacking): the first stage's 5-fold held-out scores. Judging the second stage on fold f strictly takes nesting
/// (<c>--nested 1</c>): it then trains on each other fold g as scored by a first stage trained without f and g. A first
/// stage trained without {f, g} serves both (f, g) and (g, f), so 5 folds cost 5 + 10 + 1 first stages instead of
/// 5 + 1. <c>--cache FILE</c> keeps the first stage's scores between runs that try second-stage options.
/// </remarks>
internal static class TextLinesCommand
{
    public const string Help = "train the two-stage page-dump line classifier on WCXB text dumps (5-fold by site, page-level F1)";

    private static readonly double[] Thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

    public static int Run(string[] args)
    {
        var options = TextLinesOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: text-lines --truth GROUND_TRUTH_DIR --dumps TEXT_DUMP_DIR --out MODEL.json --context-out MODEL.json "
                + "[--folds 5] [--seed 17] [--rounds 100] [--depth 6] [--min-leaf 20] [--context-rounds 60] [--context-depth 4] [--context-min-leaf 100] [--nested 1] [--cache FILE] [--threshold P]");
            return 2;
        }

        var pages = Load(options);
        Console.WriteLine($"{pages.Count} pages, {pages.Sum(p => p.Blocks.Count)} blocks, {pages.Count(p => p.IsDump)} seen as dumps");
        var first = new BoostingOptions
        {
            Rounds = options.Rounds, MaxDepth = options.MaxDepth, MinLeafSamples = options.MinLeafSamples, Seed = options.Seed,
        };
        var second = new BoostingOptions
        {
            Rounds = options.ContextRounds, MaxDepth = options.ContextDepth, MinLeafSamples = options.ContextMinLeaf, Seed = options.Seed,
        };
        var folds = SiteFolds.Assign(pages.Select(p => p.Truth.Site).ToList(), options.Folds, options.Seed);

        // First stage without one fold: the held-out first-stage scores of every page. The model trained on every
        // page is written at once, so that a later run with the cache only reads it back.
        var key = FirstStageCache.Key(first, options.Folds, pages);
        double[][] outer, fittedFirst;
        double firstThreshold;
        if (options.Cache is not null && FirstStageCache.Read(options.Cache, key, pages) is { } cached && File.Exists(options.Output))
        {
            (outer, fittedFirst, firstThreshold) = cached;
            Console.WriteLine($"first stage read from {options.Cache}");
        }
        else
        {
            outer = new double[pages.Count][];
            for (var fold = 0; fold < options.Folds; fold++)
            {
                var model = TrainFirst(pages, p => folds[p] != fold, first);
                foreach (var p in Enumerable.Range(0, pages.Count).Where(p => folds[p] == fold))
                    outer[p] = Predict(model, pages[p].Rows);
                Console.WriteLine($"first stage without fold {fold + 1} trained");
            }
            firstThreshold = Thresholds.MaxBy(t => TextLinesScore.ByType(pages, outer, t)["all"].F1);
            var finalFirst = TrainFirst(pages, _ => true, first, firstThreshold);
            Write(finalFirst, options.Output, Training(options, first, firstThreshold, "first stage: the block's own features", null));
            fittedFirst = pages.Select(p => Predict(finalFirst, p.Rows)).ToArray();
            if (options.Cache is not null)
                FirstStageCache.Write(options.Cache, key, outer, fittedFirst, firstThreshold);
        }

        // The second stage of outer fold f trains on scores of pages no first stage it depends on saw: with --nested,
        // scores from first stages trained without f and the page's own fold; without, the held-out scores above
        // (whose first stages saw fold f: cheaper, and a slightly optimistic held-out figure).
        var inner = options.Nested ? InnerScores(pages, folds, options.Folds, first) : null;
        var heldOut = new double[pages.Count][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var f = fold;
            var model = TrainSecond(pages, p => folds[p] != f, p => inner is null ? outer[p] : inner[f][p], second);
            foreach (var p in Enumerable.Range(0, pages.Count).Where(p => folds[p] == f))
                heldOut[p] = PredictSecond(model, pages[p], outer[p]);
        }

        // Held-out F1 at each threshold: a higher one trades a little F1 for fewer leaked menu lines (--threshold P).
        foreach (var t in Thresholds)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out F1 at {t}: {TextLinesScore.ByType(pages, heldOut, t)["all"].F1:0.0000}"));
        var threshold = options.Threshold ?? Thresholds.MaxBy(t => TextLinesScore.ByType(pages, heldOut, t)["all"].F1);
        var finalSecond = TrainSecond(pages, _ => true, p => outer[p], second, threshold);
        var fitted = pages.Select((p, i) => PredictSecond(finalSecond, p, fittedFirst[i])).ToArray();

        var heldOutScores = TextLinesScore.ByType(pages, heldOut, threshold);
        var fittedScores = TextLinesScore.ByType(pages, fitted, threshold);
        var firstHeldOut = TextLinesScore.ByType(pages, outer, firstThreshold);
        var firstFitted = TextLinesScore.ByType(pages, fittedFirst, firstThreshold);
        var keepAll = pages.Select(p => Enumerable.Repeat(1.0, p.Blocks.Count).ToArray()).ToArray();
        var rawScores = TextLinesScore.ByType(pages, keepAll, 0.5);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"threshold {threshold} (first stage alone {firstThreshold}, best held-out mean F1)"));
        Console.WriteLine("| type | pages | raw dump | first stage fitted | first stage held-out | fitted | held-out |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var report = new JsonObject();
        foreach (var (type, (n, f1)) in heldOutScores)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {type} | {n} | {rawScores[type].F1:0.000} | {firstFitted[type].F1:0.000} | {firstHeldOut[type].F1:0.000} | {fittedScores[type].F1:0.000} | {f1:0.000} |"));
            report[type] = new JsonObject { ["pages"] = n, ["fitted"] = Math.Round(fittedScores[type].F1, 4), ["heldOut"] = Math.Round(f1, 4) };
        }

        Write(finalSecond, options.ContextOutput, Training(options, second, threshold, "second stage: the first stage's scores around the block", report));
        Console.WriteLine($"wrote {options.Output} and {options.ContextOutput}");
        return 0;
    }

    // For each outer fold f, every other page's first-stage scores from a model trained without f and the page's fold.
    private static double[][][] InnerScores(List<TextLinePage> pages, int[] folds, int foldCount, BoostingOptions first)
    {
        var inner = new double[foldCount][][];
        for (var f = 0; f < foldCount; f++)
            inner[f] = new double[pages.Count][];
        for (var f = 0; f < foldCount; f++)
        {
            for (var g = f + 1; g < foldCount; g++)
            {
                var model = TrainFirst(pages, p => folds[p] != f && folds[p] != g, first);
                for (var p = 0; p < pages.Count; p++)
                {
                    if (folds[p] == g)
                        inner[f][p] = Predict(model, pages[p].Rows);
                    else if (folds[p] == f)
                        inner[g][p] = Predict(model, pages[p].Rows);
                }
                Console.WriteLine($"first stage without folds {f + 1} and {g + 1} trained");
            }
        }
        return inner;
    }

    private static JsonObject Training(TextLinesOptions options, BoostingOptions boosting, double threshold, string stage, JsonObject? report) =>
        new()
        {
            ["command"] = "text-lines",
            ["stage"] = stage,
            ["corpus"] = "WCXB dev text dumps (w3m -dump -cols 100)",
            ["rounds"] = boosting.Rounds,
            ["maxDepth"] = boosting.MaxDepth,
            ["minLeafSamples"] = boosting.MinLeafSamples,
            ["learningRate"] = boosting.LearningRate,
            ["seed"] = boosting.Seed,
            ["folds"] = options.Folds,
            ["threshold"] = threshold,
            ["pageF1"] = report,
        };

    private static void Write(BoostedTreesModel model, string path, JsonObject training)
    {
        using (var stream = File.Create(path))
            model.Write(stream, training);
        ModelBinary.WriteBeside(model, path);
    }

    private static List<TextLinePage> Load(TextLinesOptions options)
    {
        var truth = WcxbCorpus.Load(options.Truth);
        var pages = new TextLinePage?[truth.Count];
        Parallel.For(0, truth.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var path = Path.Combine(options.Dumps, truth[i].Id + ".txt");
            if (File.Exists(path) && new FileInfo(path).Length > 0)
                pages[i] = TextLinePage.Read(truth[i], path);
        });
        return pages.OfType<TextLinePage>().Where(p => p.Blocks.Count > 0).ToList();
    }

    private static BoostedTreesModel TrainFirst(List<TextLinePage> pages, Func<int, bool> usePage, BoostingOptions options, double threshold = 0.5) =>
        Train(pages, usePage, p => pages[p].Rows, TextLineFeatures.Names, options, "text-lines", threshold);

    private static BoostedTreesModel TrainSecond(List<TextLinePage> pages, Func<int, bool> usePage, Func<int, double[]> firstScores,
        BoostingOptions options, double threshold = 0.5) =>
        Train(pages, usePage, p => pages[p].ContextRows(firstScores(p)), TextLineContextFeatures.Names, options, "text-lines-context", threshold);

    private static BoostedTreesModel Train(List<TextLinePage> pages, Func<int, bool> usePage, Func<int, float[][]> rowsOf,
        IReadOnlyList<string> names, BoostingOptions options, string name, double threshold)
    {
        var set = new TrainingSet([.. names]);
        for (var p = 0; p < pages.Count; p++)
        {
            if (!usePage(p) || !pages[p].IsDump)
                continue;
            var page = pages[p];
            var rows = rowsOf(p);
            for (var i = 0; i < page.Blocks.Count; i++)
                set.Add(rows[i], page.Labels[i], page.Truth.Site, page.Weights[i]);
        }
        return GradientBoostingTrainer.Train(set, options, name, threshold);
    }

    private static double[] Predict(BoostedTreesModel model, float[][] rows) => rows.Select(r => model.Probability(r)).ToArray();

    private static double[] PredictSecond(BoostedTreesModel model, TextLinePage page, double[] firstScores) =>
        Predict(model, page.ContextRows(firstScores));
}
