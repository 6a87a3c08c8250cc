using Convert.Core.Cleaning;
using Convert.Core.Model;

namespace Convert.Core.Splitting;

// PLACEHOLDER: owned by the splitting helper.
public static class ArticleSplitter
{
    public static Article Split(CleanedText cleaned, SplitOptions options) => throw new NotImplementedException();
}
