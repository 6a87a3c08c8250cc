using System.Globalization;
using System.Text.Json.Nodes;
using Convert.Core.Learning;
using Convert.Core.Reading.TextDumps;
using Convert.Training.Boosting;
using Convert.Training.Evaluation;

namespace Convert.Training.TextLines;

/// <summary>
/// <c>text-lines --truth DIR --dumps DIR --out MODEL.json [--folds 5] [--seed 17] [--rounds 200] [--depth 6] [--min-leaf 20]</c>: trains the
/// page-dump line classifier on the WCXB text dumps, reports page-level word F1 per page type fitted and held out
/// (folds grouped by site), picks the decision threshold on the held-out scores, and writes the model.
/// </summary>
internal static class TextLinesCommand
{
    public const string Help = "train the page-dump line classifier on WCXB text dumps (5-fold by site, page-level F1)";

    private static readonly double[] Thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

    public static int Run(string[] args)
    {
        var options = TextLinesOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: text-lines --truth GROUND_TRUTH_DIR --dumps TEXT_DUMP_DIR --out MODEL.json [--folds 5] [--seed 17] [--rounds 200] [--depth 6] [--min-leaf 20]");
            return 2;
        }

        var pages = Load(options);
        Console.WriteLine($"{pages.Count} pages, {pages.Sum(p => p.Blocks.Count)} blocks, {pages.Count(p => p.IsDump)} seen as dumps");
        var boosting = new BoostingOptions
        {
            Rounds = options.Rounds, MaxDepth = options.MaxDepth, MinLeafSamples = options.MinLeafSamples, Seed = options.Seed,
        };

        var folds = SiteFolds.Assign(pages.Select(p => p.Truth.Site).ToList(), options.Folds, options.Seed);
        var heldOut = new double[pages.Count][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var model = Train(pages, p => folds[p] != fold, boosting);
            for (var p = 0; p < pages.Count; p++)
            {
                if (folds[p] == fold)
                    heldOut[p] = Predict(model, pages[p]);
            }
            Console.WriteLine($"fold {fold + 1}/{options.Folds} trained");
        }

        var threshold = Thresholds.MaxBy(t => TextLinesScore.ByType(pages, heldOut, t)["all"].F1);
        var final = Train(pages, _ => true, boosting, threshold);
        var fitted = pages.Select(p => Predict(final, p)).ToArray();

        var heldOutScores = TextLinesScore.ByType(pages, heldOut, threshold);
        var fittedScores = TextLinesScore.ByType(pages, fitted, threshold);
        var keepAll = pages.Select(p => Enumerable.Repeat(1.0, p.Blocks.Count).ToArray()).ToArray();
        var rawScores = TextLinesScore.ByType(pages, keepAll, 0.5);
        Console.WriteLine($"threshold {threshold.ToString(CultureInfo.InvariantCulture)} (best held-out mean F1)");
        Console.WriteLine("| type | pages | raw dump F1 | fitted F1 | held-out F1 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var report = new JsonObject();
        foreach (var (type, (n, f1)) in heldOutScores)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {type} | {n} | {rawScores[type].F1:0.000} | {fittedScores[type].F1:0.000} | {f1:0.000} |"));
            report[type] = new JsonObject { ["pages"] = n, ["fitted"] = Math.Round(fittedScores[type].F1, 4), ["heldOut"] = Math.Round(f1, 4) };
        }

        var training = new JsonObject
        {
            ["command"] = "text-lines",
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
        using (var stream = File.Create(options.Output))
            final.Write(stream, training);
        ModelBinary.WriteBeside(final, options.Output);
        Console.WriteLine($"wrote {options.Output}");
        return 0;
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

    private static BoostedTreesModel Train(List<TextLinePage> pages, Func<int, bool> usePage, BoostingOptions options, double threshold = 0.5)
    {
        var set = new TrainingSet([.. TextLineFeatures.Names]);
        for (var p = 0; p < pages.Count; p++)
        {
            if (!usePage(p) || !pages[p].IsDump)
                continue;
            var page = pages[p];
            for (var i = 0; i < page.Blocks.Count; i++)
                set.Add(page.Rows[i], page.Labels[i], page.Truth.Site, page.Weights[i]);
        }
        return GradientBoostingTrainer.Train(set, options, "text-lines", threshold);
    }

    private static double[] Predict(BoostedTreesModel model, TextLinePage page) =>
        page.Rows.Select(r => model.Probability(r)).ToArray();
}
