namespace ProfD.Node.Tests.Infrastructure;

/// <summary>The IDs of a draft made by <see cref="JourneyDriver.ReadyExhibitionAsync"/>.</summary>
internal sealed record ReadyExhibition(string Id, string Image, string Video, string Text);
