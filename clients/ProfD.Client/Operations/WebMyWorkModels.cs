namespace ProfD.Client.Operations;

/// <summary>Variables of <c>WebMyWork</c>: the logged-in person's Teacher global ID (their federation subject).</summary>
public sealed record WebMyWorkVariables(string TeacherId);

/// <summary>Result of <c>WebMyWork</c>: null when their node has no such teacher.</summary>
public sealed record WebMyWorkData(MyTeacher? Teacher);

/// <summary>The logged-in teacher and their candidacies.</summary>
public sealed record MyTeacher(string Id, string DisplayName, IReadOnlyList<MyCandidacy> Candidacies);

/// <summary>A candidacy with its projects and exhibitions.</summary>
public sealed record MyCandidacy(string Id, string Stage, IReadOnlyList<MyProject> Projects, IReadOnlyList<MyExhibition> Exhibitions);

/// <summary>A research project as the candidate's page lists it.</summary>
public sealed record MyProject(string Id, string Title, string Status);

/// <summary>An exhibition of the candidate's, with its pieces.</summary>
public sealed record MyExhibition(string Id, string Title, string Status, int CurrentVersion, IReadOnlyList<MyMediaItem> Media);

/// <summary>A piece of the candidate's exhibition.</summary>
public sealed record MyMediaItem(string Id, int Position, string Kind, string Caption, string? ContentType, string? MediaId, string? Url);

/// <summary>Variables of <c>WebAddMediaItem</c>.</summary>
public sealed record WebAddMediaItemVariables(string ExhibitionId, NewMediaItem Input);

/// <summary>A piece to add to a draft: an uploaded file (its media ID) with its caption and, as the kind needs, alt text or a transcript.</summary>
public sealed record NewMediaItem(string Kind, string Caption, string? MediaId = null, string? AltText = null, string? Transcript = null, string? Url = null);

/// <summary>Result of <c>WebAddMediaItem</c>.</summary>
public sealed record WebAddMediaItemData(AddedMediaItem AddMediaItem);

/// <summary>The piece as added.</summary>
public sealed record AddedMediaItem(string Id, int Position, string Kind, string Caption, string? MediaId);
