using GraphQL;
using GraphQL.Types;

namespace ProfD.Trust.Tests.Infrastructure.FeedNode;

/// <summary>A GraphQL object read from a dictionary: the feed node's records are plain maps the test controls.</summary>
public abstract class MapGraphType : ObjectGraphType<IDictionary<string, object?>>
{
    protected void Prop<TGraphType>(string name) where TGraphType : IGraphType =>
        Field<TGraphType>(name).Resolve(ctx => ctx.Source.TryGetValue(name, out var value) ? value : null);
}

public sealed class FeedInstitutionGraphType : MapGraphType
{
    public FeedInstitutionGraphType()
    {
        Name = "Institution";
        Prop<NonNullGraphType<StringGraphType>>("code");
        Prop<NonNullGraphType<StringGraphType>>("schemaVersion");
    }
}

public sealed class FeedServiceGraphType : MapGraphType
{
    public FeedServiceGraphType()
    {
        Name = "_Service";
        Prop<StringGraphType>("sdl");
    }
}

public sealed class FeedSchoolGraphType : MapGraphType
{
    public FeedSchoolGraphType()
    {
        Name = "School";
        Prop<NonNullGraphType<IdGraphType>>("id");
        Prop<StringGraphType>("name");
        Prop<StringGraphType>("nation");
        Prop<StringGraphType>("economy");
        Prop<StringGraphType>("city");
    }
}

public sealed class FeedLinkGraphType : MapGraphType
{
    public FeedLinkGraphType()
    {
        Name = "ResearchLink";
        Prop<NonNullGraphType<StringGraphType>>("relation");
        Prop<NonNullGraphType<IdGraphType>>("targetId");
    }
}

public sealed class FeedMediaGraphType : MapGraphType
{
    public FeedMediaGraphType()
    {
        Name = "MediaItem";
        Prop<NonNullGraphType<StringGraphType>>("kind");
    }
}

public sealed class FeedProjectGraphType : MapGraphType
{
    public FeedProjectGraphType()
    {
        Name = "ResearchProject";
        Prop<NonNullGraphType<IdGraphType>>("id");
        Prop<StringGraphType>("findings");
        Prop<ListGraphType<FeedLinkGraphType>>("buildsOn");
    }
}

public sealed class FeedExhibitionGraphType : MapGraphType
{
    public FeedExhibitionGraphType()
    {
        Name = "Exhibition";
        Prop<NonNullGraphType<IdGraphType>>("id");
        Prop<StringGraphType>("title");
        Prop<StringGraphType>("abstract");
        Prop<ListGraphType<StringGraphType>>("themes");
        Prop<ListGraphType<StringGraphType>>("languages");
        Prop<StringGraphType>("licence");
        Prop<StringGraphType>("publishedAt");
        Prop<StringGraphType>("status");
        Prop<ListGraphType<FeedMediaGraphType>>("media");
        Prop<StringGraphType>("authorName");
        Prop<FeedSchoolGraphType>("school");
        Prop<ListGraphType<FeedLinkGraphType>>("buildsOn");
        Prop<ListGraphType<IdGraphType>>("provocationIds");
        Prop<FeedProjectGraphType>("project");
    }
}

public sealed class FeedTeacherGraphType : MapGraphType
{
    public FeedTeacherGraphType()
    {
        Name = "Teacher";
        Prop<NonNullGraphType<IdGraphType>>("id");
        Prop<StringGraphType>("displayName");
        Prop<ListGraphType<StringGraphType>>("languages");
        Prop<ListGraphType<StringGraphType>>("subjects");
        Prop<BooleanGraphType>("offersMentoring");
        Prop<IntGraphType>("mentorCapacity");
        Prop<StringGraphType>("bio");
        Prop<FeedSchoolGraphType>("school");
    }
}

public sealed class FeedChangeGraphType : MapGraphType
{
    public FeedChangeGraphType()
    {
        Name = "Change";
        Prop<NonNullGraphType<LongGraphType>>("sequence");
        Prop<NonNullGraphType<StringGraphType>>("cursor");
        Prop<NonNullGraphType<StringGraphType>>("entityType");
        Prop<NonNullGraphType<IdGraphType>>("entityId");
        Prop<NonNullGraphType<StringGraphType>>("operation");
        Prop<NonNullGraphType<StringGraphType>>("changedAt");
        Prop<FeedSchoolGraphType>("school");
        Prop<FeedExhibitionGraphType>("exhibition");
        Prop<FeedTeacherGraphType>("mentor");
    }
}

public sealed class FeedPageGraphType : MapGraphType
{
    public FeedPageGraphType()
    {
        Name = "ChangeFeed";
        Prop<NonNullGraphType<ListGraphType<NonNullGraphType<FeedChangeGraphType>>>>("changes");
        Prop<StringGraphType>("endCursor");
        Prop<NonNullGraphType<BooleanGraphType>>("hasMore");
    }
}

public sealed class FeedQueryGraphType : ObjectGraphType
{
    public FeedQueryGraphType(FeedNodeState state)
    {
        Name = "Query";
        Field<NonNullGraphType<FeedInstitutionGraphType>>("institution")
            .Resolve(_ => new Dictionary<string, object?> { ["code"] = state.Code, ["schemaVersion"] = "1.0.0" });
        Field<NonNullGraphType<FeedServiceGraphType>>("_service")
            .Resolve(_ => new Dictionary<string, object?> { ["sdl"] = "type Query { institution: Institution! changes(after: String, first: Int): ChangeFeed! }" });
        Field<NonNullGraphType<FeedPageGraphType>>("changes")
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("first")
            .Resolve(ctx => state.Page(ctx.GetArgument<string?>("after"), ctx.GetArgument<int?>("first") ?? 50));
    }
}

public sealed class FeedSchema : GraphQL.Types.Schema
{
    public FeedSchema(IServiceProvider services, FeedQueryGraphType query) : base(services)
    {
        Query = query;
    }
}
