using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class BrevConfiguration : IEntityTypeConfiguration<Brev>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Brev> builder)
    {
        builder.ToTable("brev");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Art).HasConversion<string>().HasMaxLength(40);
        builder.Property(b => b.Mottaker).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Orgnr).HasMaxLength(9).IsFixedLength();
        builder.Property(b => b.Malform).HasConversion<string>().HasMaxLength(10);
        builder.Property(b => b.Mal).HasMaxLength(60);
        builder.Property(b => b.Kanal).HasConversion<string>().HasMaxLength(10);
        // What the letter is about, as it stood when ordered: one small document, never queried by its parts.
        builder.Property(b => b.Grunnlag).HasColumnType("jsonb").HasConversion(
            g => JsonSerializer.Serialize(g, Json),
            s => JsonSerializer.Deserialize<Brevgrunnlag>(s, Json)!);
        builder.HasIndex(b => b.SakId);
        builder.HasOne<Sak>().WithMany(s => s.Brev).HasForeignKey(b => b.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
