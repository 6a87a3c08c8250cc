using System.Diagnostics.CodeAnalysis;

// Test names read as specifications ("WhenX_ThenY"); the underscore separates condition from outcome.
[assembly: SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores",
    Justification = "Test names read as When_Then specifications.", Scope = "namespaceanddescendants",
    Target = "~N:Convert.Tests.Splitting")]
