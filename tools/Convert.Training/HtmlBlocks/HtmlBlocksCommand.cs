using System.Globalization;
using System.Text.Json.Nodes;
using Convert.Core.Html.Scoring;
using Convert.Core.Learning;
using Convert.Training.Boosting;
using Convert.Training.Evaluation;

namespace Convert.Training.HtmlBlocks;

/// <summary>
/// Trains the HTML block scorer on WCXB dev: features and labels for every candidate block of every page, 5-fold
/// cross-validation grouped by site (held-out figures per page type), a threshold chosen on the held-out pages only,
/// then the model trained on all pages and written where Core embeds it.
/// </summary>
internal static class HtmlBlocksCommand
{
    public const string Help = "train the HTML block scorer on WCXB dev, with 5-fold by-site held-out figures";

    private const string Usage =
        "html-blocks --ground-truth DIR --pages DIR --out MODEL.json [--folds 5] [--rounds 200] [--depth 6] " +
        "[--learning-rate 0.1] [--min-leaf 20] [--threshold auto|P] [--weight words|sqrt] [--per-page FILE.tsv] [--cache ROWS.bin]";

    public static int Run(string[] args)
    {
        var options = HtmlBlocksOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: " + Usage);
            return 2;
        }

        var corpus = WcxbCorpus.Load(options.GroundTruth);
        var pages = options.Cache is { } cache ? RowCache.Read(cache, corpus) : null;
        if (pages is null)
        {
            Console.Error.WriteLine($"html-blocks: reading {corpus.Count} pages");
            pages = new PageRows[corpus.Count];
            Parallel.For(0, corpus.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => pages[i] = PageRows.Read(corpus[i], options.Pages));
            if (options.Cache is not null)
                RowCache.Write(options.Cache, pages);
        }
        var failed = pages.Count(p => p.Error is not null);
        Console.Error.WriteLine($"html-blocks: {pages.Sum(p => p.Blocks.Count):N0} blocks, {pages.Sum(p => p.Labels.Count(l => l)):N0} positive, {failed} pages unreadable");

        var boosting = options.Boosting;
        var folds = SiteFolds.Assign(pages.Select(p => p.Page.Site).ToList(), options.Folds, boosting.Seed);
        var heldOut = new double[pages.Length][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var model = GradientBoostingTrainer.Train(Set(pages, options, i => folds[i] != fold), boosting, "html-blocks");
            for (var i = 0; i < pages.Length; i++)
            {
                if (folds[i] == fold)
                    heldOut[i] = Predict(model, pages[i]);
            }
            Console.Error.WriteLine($"html-blocks: fold {fold + 1}/{options.Folds} done");
        }

        var threshold = options.Threshold ?? BestThreshold(pages, heldOut);
        var final = GradientBoostingTrainer.Train(Set(pages, options, _ => true), boosting, "html-blocks", threshold, out var gain);
        var total = gain.Sum();
        foreach (var (name, share) in BlockFeatures.Names.Select((n, i) => (n, gain[i] / total)).OrderByDescending(x => x.Item2).Take(25))
            Console.Error.WriteLine($"html-blocks: gain {share:P1} {name}");
        var fitted = pages.Select(p => Predict(final, p)).ToArray();

        var rules = PageExtraction.F1(pages, i => PageExtraction.SelectionText(pages[i]));
        var held = PageExtraction.F1(pages, i => PageExtraction.Text(pages[i], heldOut[i], threshold));
        var fit = PageExtraction.F1(pages, i => PageExtraction.Text(pages[i], fitted[i], threshold));
        var table = Table(pages, options.Folds, rules, held, fit);
        Console.WriteLine($"threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}; WCXB word F1 of the kept blocks, mean per page");
        Console.WriteLine(table);
        if (options.PerPage is { } perPage)
            WritePerPage(perPage, pages, rules, held, fit);

        var training = new JsonObject
        {
            ["corpus"] = "WCXB dev (1,497 pages), labels from ground_truth.main_content",
            ["positiveShare"] = PageRows.PositiveShare,
            ["weight"] = options.Weight,
            ["rounds"] = boosting.Rounds,
            ["maxDepth"] = boosting.MaxDepth,
            ["learningRate"] = boosting.LearningRate,
            ["minLeafSamples"] = boosting.MinLeafSamples,
            ["rowSampling"] = boosting.RowSampling,
            ["seed"] = boosting.Seed,
            ["folds"] = options.Folds,
            ["heldOutF1"] = Math.Round(held.Average(), 4),
            ["fittedF1"] = Math.Round(fit.Average(), 4),
            ["rulesF1"] = Math.Round(rules.Average(), 4),
        };
        var temporary = options.Out + ".tmp";
        using (var stream = File.Create(temporary))
            final.Write(stream, training);
        File.Move(temporary, options.Out, overwrite: true);
        ModelBinary.WriteBeside(final, options.Out);
        Console.Error.WriteLine($"html-blocks: wrote {options.Out}");
        return 0;
    }

    private static TrainingSet Set(PageRows[] pages, HtmlBlocksOptions options, Func<int, bool> includePage)
    {
        var set = new TrainingSet(BlockFeatures.Names.ToArray());
        for (var i = 0; i < pages.Length; i++)
        {
            if (!includePage(i))
                continue;
            var page = pages[i];
            for (var b = 0; b < page.Blocks.Count; b++)
            {
                var weight = options.Weight == "sqrt" ? Math.Sqrt(page.Weights[b]) : page.Weights[b];
                set.Add(page.Blocks[b].Features, page.Labels[b], page.Page.Site, weight);
            }
        }
        return set;
    }

    private static double[] Predict(BoostedTreesModel model, PageRows page) =>
        page.Blocks.Select(b => model.Probability(b.Features)).ToArray();

    private static double BestThreshold(PageRows[] pages, double[][] heldOut)
    {
        var best = (Threshold: 0.5, F1: double.MinValue);
        for (var t = 0.20; t <= 0.801; t += 0.05)
        {
            var threshold = Math.Round(t, 2);
            var f1 = PageExtraction.F1(pages, i => PageExtraction.Text(pages[i], heldOut[i], threshold)).Average();
            Console.Error.WriteLine($"html-blocks: threshold {threshold:0.00} held-out F1 {f1:0.0000}");
            if (f1 > best.F1)
                best = (threshold, f1);
        }
        return best.Threshold;
    }

    private static string Table(PageRows[] pages, int folds, double[] rules, double[] held, double[] fit)
    {
        var rulesByType = PageExtraction.ByType(pages, rules);
        var heldByType = PageExtraction.ByType(pages, held);
        var fitByType = PageExtraction.ByType(pages, fit);
        var lines = new List<string>
        {
            $"| type | pages | rules only | held-out ({folds}-fold by site) | fitted | fitted - held-out |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        };
        for (var i = 0; i < heldByType.Count; i++)
        {
            var (type, count, h) = heldByType[i];
            var f = fitByType[i].F1;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {type} | {count} | {rulesByType[i].F1:0.000} | {h:0.000} | {f:0.000} | {f - h:+0.000;-0.000} |"));
        }
        return string.Join('\n', lines);
    }

    private static void WritePerPage(string path, PageRows[] pages, double[] rules, double[] held, double[] fit)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("id\ttype\tsite\tblocks\trules\theld_out\tfitted");
        for (var i = 0; i < pages.Length; i++)
        {
            var p = pages[i].Page;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Id}\t{p.PageType}\t{p.Site}\t{pages[i].Blocks.Count}\t{rules[i]:0.0000}\t{held[i]:0.0000}\t{fit[i]:0.0000}"));
        }
    }
}
