using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Trust.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunitySpaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommunityThreads",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SpaceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    HotseatId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastPostAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SpaceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ThreadId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GuestId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    SpaceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    NamedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ThreadId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HiddenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HiddenBy = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PostId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SpaceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FlaggedBy = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
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
