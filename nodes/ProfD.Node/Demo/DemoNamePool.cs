namespace ProfD.Node.Demo;

/// <summary>Names and languages of the teachers of one place: given and family names are combined, never copied from real people.</summary>
internal sealed record DemoNamePool(string[] GivenNames, string[] FamilyNames, string[] Languages);
