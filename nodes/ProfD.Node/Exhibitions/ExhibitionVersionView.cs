namespace ProfD.Node.Exhibitions;

/// <summary>A version as the API shows it: with its exhibition, which decides what of it may be read.</summary>
internal sealed record ExhibitionVersionView(Exhibition Exhibition, ExhibitionVersion Version);
