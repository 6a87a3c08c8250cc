using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Convert.Core.Html.PageTypes;
using Convert.Core.Learning;
using Convert.Training.Boosting;
using Convert.Training.Evaluation;

namespace Convert.Training.PageTypes;

/// <summary>
/// <c>page-types GROUND_TRUTH_DIR PAGES_DIR [OUT_DIR]</c>: trains one boosted-tree model per WCXB page type (one
/// against the rest; the most probable type wins), reports fitted and 5-fold by-site held-out accuracy with the
/// held-out confusion matrix, and writes the models fitted on every page to OUT_DIR (the product's
/// <c>src/Convert.Core/Html/PageTypes</c> when given).
/// </summary>
internal static class PageTypesCommand
{
    public const string Help = "train the page-type models: page-types GROUND_TRUTH_DIR PAGES_DIR [OUT_DIR]";

    private const int Folds = 5;

    private static readonly BoostingOptions Options = new() { Rounds = 150, MaxDepth = 4, LearningRate = 0.1, MinLeafSamples = 8, Seed = 17 };

    public static int Run(string[] args)
    {
        if (args.Length is < 2 or > 3)
        {
            Console.Error.WriteLine("usage: page-types GROUND_TRUTH_DIR PAGES_DIR [OUT_DIR]");
            return 2;
        }
        var rows = PageTypeRows.Read(WcxbCorpus.Load(args[0]), args[1]);
        Console.WriteLine($"{rows.Count} pages, {PageTypeFeatures.Names.Count} features, {rows.Select(r => r.Site).Distinct().Count()} sites");

        var folds = SiteFolds.Assign(rows.Select(r => r.Site).ToList(), Folds, Options.Seed);
        var heldOut = new string[rows.Count];
        var heldOutProbability = new double[rows.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var models = TrainAll(rows, i => folds[i] != fold);
            for (var i = 0; i < rows.Count; i++)
            {
                if (folds[i] == fold)
                    (heldOut[i], heldOutProbability[i]) = PredictWithProbability(models, rows[i].Features);
            }
        }
        var final = TrainAll(rows, _ => true);
        var fitted = rows.Select(r => Predict(final, r.Features)).ToArray();

        var fittedAccuracy = Accuracy(rows, fitted);
        var heldOutAccuracy = Accuracy(rows, heldOut);
        Console.WriteLine($"accuracy: fitted {fittedAccuracy:P1}, held-out (5 folds by site) {heldOutAccuracy:P1}");
        Console.Write(Report(rows, heldOut));
        Console.Write(ConfidentCalls(rows, heldOut, heldOutProbability));
        if (args.Length == 3)
            Write(final, args[2], fittedAccuracy, heldOutAccuracy, rows.Count);
        return 0;
    }

    private static List<(string Type, BoostedTreesModel Model)> TrainAll(List<PageTypeRow> rows, Func<int, bool> keep) =>
        PageTypeNames.All.Select(type =>
        {
            var set = new TrainingSet([.. PageTypeFeatures.Names]);
            for (var i = 0; i < rows.Count; i++)
            {
                if (keep(i))
                    set.Add(rows[i].Features, rows[i].Type == type, rows[i].Site);
            }
            return (type, GradientBoostingTrainer.Train(set, Options, $"page-type-{type}"));
        }).ToList();

    private static string Predict(List<(string Type, BoostedTreesModel Model)> models, float[] features) =>
        PredictWithProbability(models, features).Type;

    private static (string Type, double Probability) PredictWithProbability(List<(string Type, BoostedTreesModel Model)> models, float[] features) =>
        models.Select(m => (m.Type, m.Model.Probability(features))).MaxBy(m => m.Item2);

    // What validate's not-an-article warning would say on held-out pages, at a few probability thresholds.
    private static string ConfidentCalls(List<PageTypeRow> rows, string[] predicted, double[] probability)
    {
        var text = new StringBuilder("held-out 'not an article' calls (predicted type is not article, probability at least p):\n");
        var articles = rows.Count(r => r.Type == PageTypeNames.Article);
        var others = rows.Count - articles;
        foreach (var p in new[] { 0.5, 0.7, 0.8, 0.9 })
        {
            bool Flagged(int i) => predicted[i] != PageTypeNames.Article && probability[i] >= p;
            var wrong = Enumerable.Range(0, rows.Count).Count(i => rows[i].Type == PageTypeNames.Article && Flagged(i));
            var right = Enumerable.Range(0, rows.Count).Count(i => rows[i].Type != PageTypeNames.Article && Flagged(i));
            text.AppendLine(CultureInfo.InvariantCulture, $"  p >= {p:0.0}: {wrong}/{articles} articles flagged ({(double)wrong / articles:P1}), {right}/{others} other pages flagged ({(double)right / others:P1})");
        }
        return text.ToString();
    }

    private static double Accuracy(List<PageTypeRow> rows, string[] predicted) =>
        (double)rows.Where((r, i) => r.Type == predicted[i]).Count() / rows.Count;

    private static string Report(List<PageTypeRow> rows, string[] predicted)
    {
        var types = PageTypeNames.All;
        var text = new StringBuilder();
        text.AppendLine("held-out confusion (rows: labelled type, columns: predicted)");
        text.Append(CultureInfo.InvariantCulture, $"{"",-14}").AppendJoin(' ', types.Select(t => $"{t[..Math.Min(6, t.Length)],6}")).AppendLine("  recall");
        foreach (var truth in types)
        {
            var counts = types.Select(p => rows.Where((r, i) => r.Type == truth && predicted[i] == p).Count()).ToList();
            var total = counts.Sum();
            text.Append(CultureInfo.InvariantCulture, $"{truth,-14}").AppendJoin(' ', counts.Select(c => $"{c,6}"))
                .AppendLine(CultureInfo.InvariantCulture, $"  {(total == 0 ? 0 : (double)counts[types.ToList().IndexOf(truth)] / total),6:P1}");
        }
        return text.ToString();
    }

    private static void Write(List<(string Type, BoostedTreesModel Model)> models, string outDir, double fitted, double heldOut, int pages)
    {
        Directory.CreateDirectory(outDir);
        foreach (var (type, model) in models)
        {
            var training = new JsonObject
            {
                ["data"] = $"WCXB dev split, {pages} pages, one against the rest for '{type}'",
                ["options"] = Options.ToString(),
                ["accuracyFitted"] = Math.Round(fitted, 4),
                ["accuracyHeldOut5FoldsBySite"] = Math.Round(heldOut, 4),
                ["command"] = "dotnet run -c Release --project tools/Convert.Training -- page-types GROUND_TRUTH_DIR PAGES_DIR src/Convert.Core/Html/PageTypes",
            };
            var path = Path.Combine(outDir, $"page-type-{type}.json");
            var temporary = path + ".tmp";
            using (var stream = File.Create(temporary))
                model.Write(stream, training);
            File.Move(temporary, path, overwrite: true);
            ModelBinary.WriteBeside(model, path);
        }
        Console.WriteLine($"wrote {models.Count} models to {outDir}");
    }
}
