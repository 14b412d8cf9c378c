using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Trust.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Community : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommunitySpaces",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    Scope = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunitySpaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommunityThreads",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SpaceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    AuthorId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    HotseatId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastPostAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityThreads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunityThreads_CommunitySpaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "CommunitySpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HotseatEvents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SpaceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ThreadId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    GuestId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotseatEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HotseatEvents_CommunitySpaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "CommunitySpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpaceFacilitators",
                columns: table => new
                {
                    SpaceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    PersonId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    NamedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpaceFacilitators", x => new { x.SpaceId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_SpaceFacilitators_CommunitySpaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "CommunitySpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityPosts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ThreadId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    AuthorId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    Markdown = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Html = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HiddenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HiddenBy = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunityPosts_CommunityThreads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "CommunityThreads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostFlags",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    PostId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SpaceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    FlaggedBy = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true, collation: "C"),
                    Resolution = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostFlags_CommunityPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "CommunityPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_ThreadId_Id",
                table: "CommunityPosts",
                columns: new[] { "ThreadId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunitySpaces_Name_Id",
                table: "CommunitySpaces",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityThreads_SpaceId_LastPostAt_Id",
                table: "CommunityThreads",
                columns: new[] { "SpaceId", "LastPostAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_HotseatEvents_SpaceId_StartsAt",
                table: "HotseatEvents",
                columns: new[] { "SpaceId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PostFlags_PostId_FlaggedBy",
                table: "PostFlags",
                columns: new[] { "PostId", "FlaggedBy" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostFlags_SpaceId_ResolvedAt_CreatedAt",
                table: "PostFlags",
                columns: new[] { "SpaceId", "ResolvedAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HotseatEvents");

            migrationBuilder.DropTable(
                name: "PostFlags");

            migrationBuilder.DropTable(
                name: "SpaceFacilitators");

            migrationBuilder.DropTable(
                name: "CommunityPosts");

            migrationBuilder.DropTable(
                name: "CommunityThreads");

            migrationBuilder.DropTable(
                name: "CommunitySpaces");
        }
    }
}
