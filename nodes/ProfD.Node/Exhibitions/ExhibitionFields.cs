using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Schema.Paging;

namespace ProfD.Node.Exhibitions;

/// <summary>The root fields of the Exhibition feature.</summary>
internal static class ExhibitionFields
{
    public static void AddExhibitionQueries(this ObjectGraphType query)
    {
        query.LookupField<ExhibitionGraphType, Exhibition>("exhibition", "An exhibition of this institution by ID; null if it has none.")
            .LoadWith<object?, Exhibition, EntityLoader>((ctx, load) => load.Lookup<Exhibition>(ctx.GetArgument<string>("id"), "Exhibition"));
        query.ConnectionField<ExhibitionGraphType, Exhibition, ExhibitionWhereGraphType, ExhibitionOrderFieldGraphType>(
                "exhibitions", "The institution's exhibitions.")
            .ResolveWith<object?, Connection<Exhibition>, ExhibitionQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<ExhibitionWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddExhibitionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("createExhibition")
            .Description("Starts a candidate's exhibition as a DRAFT (version 1); from a project, it starts with the project's title, question, "
                + "findings, conclusions, themes, languages and provocations.")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Argument<IdGraphType>("projectId", "A research project of the candidate that the exhibition presents.")
            .Argument<ExhibitionInputGraphType>("input", "Content to start with; title is needed unless projectId is given.")
            .MutateWith<object?, Exhibition, ExhibitionMutations>((ctx, m) => m.CreateAsync(
                ctx.GetArgument<string>("candidateId"), ctx.GetArgument<string?>("projectId"), ctx.GetArgument<ExhibitionInput?>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("importExhibition")
            .Description("Brings an exhibition exported from another institution (profd exhibition export) here as a new DRAFT for one of "
                + "this institution's candidates, in one step: its content, sections and media, with importedFrom naming the original. "
                + "Each uploaded file must be here first (POST /media), found by the SHA-256 the document states; one that is not is "
                + "BAD_USER_INPUT naming it. The candidate must be enrolled with no exhibition in progress, as for createExhibition. "
                + "Showings and the project's links stay with the original.")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Argument<NonNullGraphType<StringGraphType>>("document", "The exhibition's document in the common format (exhibition-format/1.x, JSON), as exported.")
            .MutateWith<object?, Exhibition, ExhibitionImporter>((ctx, m) =>
                m.ImportAsync(ctx.GetArgument<string>("candidateId"), ctx.GetArgument<string>("document"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("updateExhibition")
            .Description("Changes the content of the exhibition's current version while it is a draft; a submitted version is CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ExhibitionInputGraphType>>("input")
            .MutateWith<object?, Exhibition, ExhibitionMutations>((ctx, m) =>
                m.UpdateAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<ExhibitionInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<MediaItemGraphType>, MediaItem>("addMediaItem")
            .Description("Adds a piece at the end of a draft exhibition.")
            .Argument<NonNullGraphType<IdGraphType>>("exhibitionId")
            .Argument<NonNullGraphType<MediaItemInputGraphType>>("input")
            .MutateWith<object?, MediaItem, MediaItemMutations>((ctx, m) =>
                m.AddAsync(ctx.GetArgument<string>("exhibitionId"), ctx.GetArgument<MediaItemInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<MediaItemGraphType>, MediaItem>("updateMediaItem")
            .Description("Changes the fields given of a piece of a draft exhibition.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<MediaItemInputGraphType>>("input")
            .MutateWith<object?, MediaItem, MediaItemMutations>((ctx, m) =>
                m.UpdateAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<MediaItemInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("removeMediaItem")
            .Description("Removes a piece from a draft exhibition; the others close up.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .MutateWith<object?, Exhibition, MediaItemMutations>((ctx, m) => m.RemoveAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("reorderMediaItems")
            .Description("Puts a draft exhibition's pieces in the order given; every piece must be named once.")
            .Argument<NonNullGraphType<IdGraphType>>("exhibitionId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("mediaItemIds")
            .MutateWith<object?, Exhibition, MediaItemMutations>((ctx, m) =>
                m.ReorderAsync(ctx.GetArgument<string>("exhibitionId"), ctx.GetArgument<List<string>>("mediaItemIds"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionShowingGraphType>, ExhibitionShowing>("addShowing")
            .Description("Records a face-to-face showing of the exhibition.")
            .Argument<NonNullGraphType<IdGraphType>>("exhibitionId")
            .Argument<NonNullGraphType<ShowingInputGraphType>>("input")
            .MutateWith<object?, ExhibitionShowing, ShowingMutations>((ctx, m) =>
                m.AddAsync(ctx.GetArgument<string>("exhibitionId"), ctx.GetArgument<ShowingInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("removeShowing")
            .Description("Removes a showing.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .MutateWith<object?, Exhibition, ShowingMutations>((ctx, m) => m.RemoveAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("submitExhibition")
            .Description("Freezes the current version as submitted (DRAFT → SUBMITTED, or the corrections of an exhibition UNDER_ADJUDICATION). "
                + "Refused with BAD_USER_INPUT naming the item when an image lacks alt text, a recording or video a transcript, a piece "
                + "showing pupils recorded consent, or the title, abstract, research question or a section is missing; CONFLICT when the "
                + "candidate is AWARDED or WITHDRAWN.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .MutateWith<object?, Exhibition, ExhibitionSubmissionMutations>((ctx, m) => m.SubmitAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("reviseExhibition")
            .Description("Starts the next version as a draft, copying the submitted content, when the panel has asked for corrections.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .MutateWith<object?, Exhibition, ExhibitionSubmissionMutations>((ctx, m) => m.ReviseAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("publishExhibition")
            .Description("ADJUDGED → PUBLISHED, readable by anyone under its licence; needs an award that stands and the candidate's consent.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<BooleanGraphType>>("consent", "Whether the candidate consents to publication; false is refused.")
            .MutateWith<object?, Exhibition, ExhibitionPublicationMutations>((ctx, m) =>
                m.PublishAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<bool>("consent"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ExhibitionGraphType>, Exhibition>("withdrawExhibition")
            .Description("PUBLISHED → WITHDRAWN: the exhibition stays as a tombstone (ID, title, status, reason), its content hidden.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .MutateWith<object?, Exhibition, ExhibitionPublicationMutations>((ctx, m) =>
                m.WithdrawAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<string>("reason"), ctx.CancellationToken)!);
    }
}
