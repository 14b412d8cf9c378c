namespace ProfD.Trust.Harvesting;

/// <summary>
/// The one query the harvester sends to a node's change feed. It selects only what the node contract
/// (<c>schema/node.graphql</c>) serves plus the public fields the doctoral-journey work adds (an exhibition's school,
/// author name, builds-on links and provocations; a teacher's mentor profile). To harvest more, add the field here and
/// read it in <see cref="ChangeFeedPage"/>.
/// </summary>
internal static class ChangeFeedQuery
{
    public const string Text = """
        query ProfDHarvest($after: String, $first: Int) {
          changes(after: $after, first: $first) {
            endCursor
            hasMore
            changes {
              sequence
              cursor
              entityType
              entityId
              operation
              changedAt
              school { id name nation economy city }
              exhibition {
                id title abstract themes languages licence publishedAt status
                media { kind }
                authorName
                school { id nation }
                buildsOn { relation targetId }
                provocationIds
                project { id findings buildsOn { relation targetId } }
              }
              mentor {
                id displayName languages subjects offersMentoring mentorCapacity bio
                school { id nation }
              }
            }
          }
        }
        """;
}
