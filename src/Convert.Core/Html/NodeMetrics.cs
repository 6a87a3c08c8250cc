namespace Convert.Core.Html;

/// <summary>Fills text length, link length and comma counts of every live node, bottom up, in one pass.</summary>
internal static class NodeMetrics
{
    public static void Compute(PageNode root)
    {
        // Post-order without recursion: a node is finished once all its children are.
        var stack = new Stack<(PageNode Node, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next < node.Children.Count)
            {
                stack.Push((node, next + 1));
                var child = node.Children[next];
                if (!child.Removed)
                    stack.Push((child, 0));
                continue;
            }
            Finish(node);
        }
    }

    private static void Finish(PageNode node)
    {
        if (node.IsText)
        {
            (node.TextLength, node.Commas) = Measure(node.Text!);
            node.LinkLength = 0;
            return;
        }
        int length = 0, links = 0, commas = 0;
        foreach (var child in node.Children)
        {
            if (child.Removed)
                continue;
            length += child.TextLength;
            links += child.LinkLength;
            commas += child.Commas;
        }
        node.TextLength = length;
        node.LinkLength = node.Tag == "a" ? length : links;
        node.Commas = commas;
    }

    private static (int Length, int Commas) Measure(string text)
    {
        int length = 0, commas = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                    length++;
                inSpace = true;
                continue;
            }
            inSpace = false;
            length++;
            if (c is ',' or '，' or '、' or '،')
                commas++;
        }
        return (length, commas);
    }
}
