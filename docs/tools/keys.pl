#!/usr/bin/perl
# keys.pl [-C DIR] [FILE...] - check that every {{key}} of the texts can
# be found in the code that records it (in the course's folder, or DIR).
#
# A reader who sees a number in the book greps for its key. So each key a
# text quotes (chapters/*/chapter.md, chapters/*/claims.tsv, docs/*.md, or
# the files given) must be findable in its chapter's sources
# (chapters/NN-slug/*.c, *.h) or in src/, in one of three forms:
#
#   "s1_z_one"               the key itself, as a string literal
#   "gain_%s_w%ld"           a printf template (OUT_KEY's format): each
#                            conversion (%s, %d, %ld, %zu, %c, %g, ...) stands
#                            for a run of [a-z0-9_]
#   gain_<act>_w<width>      a family listed in an OUTPUTS text: each
#                            <field> stands for a run of [a-z0-9_]
#
# {{07-sigmoid:key}} is looked up in chapter 07's sources, and
# {{10-relu-bench:key}} (the values of program 10-relu-bench) in chapter
# 10-relu's. Prints
# FILE:LINE: KEY for each key not found, a count per file on stderr, and
# exits 1 if any was not found.
use strict;
use warnings;
$| = 1;    # the keys (stdout) before the counts (stderr)

if (@ARGV >= 2 && $ARGV[0] eq '-C') {
    shift @ARGV;
    my $dir = shift @ARGV;
    chdir $dir or die "keys.pl: $dir: $!\n";
}
my @texts = @ARGV ? @ARGV
    : (glob("chapters/*/chapter.md"), glob("chapters/*/claims.tsv"),
       glob("docs/*.md"));

# The string literals of a C file (comments and character constants
# skipped; escapes kept as written), and the whole text.
sub literals {
    my ($path) = @_;
    open(my $fh, '<', $path) or die "keys.pl: $path: $!\n";
    my $src = do { local $/; <$fh> };
    close $fh;
    my @lits;
    while ($src =~ m{ /\*.*?\*/ | //[^\n]* | '(?:\\.|[^'\\])*'
                    | "((?:\\.|[^"\\])*)" }gsx) {
        push @lits, $1 if defined $1;
    }
    return (\@lits, $src);
}

# What a chapter's sources (and src/) let a reader find: exact keys, and
# patterns from templates.
my %found_in;
sub findable {
    my ($chapter) = @_;
    return $found_in{$chapter} if $found_in{$chapter};
    my @files = (glob("src/*.c"), glob("src/*.h"));
    push @files, glob("chapters/$chapter/*.c"), glob("chapters/$chapter/*.h")
        if $chapter ne '';
    # A module of another chapter that this one includes by its path
    # (#include "../07-sigmoid/sweep_say.h") says keys for it too.
    for my $file (grep { m{^chapters/} } @files) {
        open(my $fh, '<', $file) or next;
        while (<$fh>) {
            next unless m{^\s*#\s*include\s+"\.\./([0-9][0-9]-[a-z0-9-]+)/([A-Za-z0-9_]+)\.h"};
            push @files, grep { -f } ("chapters/$1/$2.c", "chapters/$1/$2.h");
        }
        close $fh;
    }
    my (%exact, @patterns);
    my $field = '[a-z0-9_]+';
    for my $file (@files) {
        my ($lits, $src) = literals($file);
        for my $lit (@$lits) {
            $exact{$lit} = 1;
            # A printf template: literal parts and conversions.
            my $conv = qr/%[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|j|z|t)?[diouxcsfeg]/;
            # (At least one letter or digit of its own: "%s" alone, or
            # "%s_%s", would match any key.)
            (my $bare = $lit) =~ s/$conv//g;
            if ($lit =~ $conv && $lit =~ /^(?:[a-z0-9_]|$conv)+$/
                    && $bare =~ /[a-z0-9]/) {
                my $re = join '', map {
                    /^%/ ? $field : quotemeta($_)
                } grep { $_ ne '' } split /($conv)/, $lit;
                push @patterns, qr/^$re$/;
            }
        }
        # A family in an OUTPUTS text (or any text of the file).
        while ($src =~ /(?<![a-z0-9_<>])((?:[a-z0-9_]*<[a-z0-9_]+>)+[a-z0-9_]*)(?![a-z0-9_<>])/g) {
            my $t = $1;
            (my $bare = $t) =~ s/<[a-z0-9_]+>//g;
            next unless $bare =~ /[a-z0-9]/;     # "<n>" is no family
            my $re = join '', map {
                /^<.*>$/ ? $field : quotemeta($_)
            } grep { $_ ne '' } split /(<[a-z0-9_]+>)/, $t;
            push @patterns, qr/^$re$/;
        }
    }
    return $found_in{$chapter} = { exact => \%exact, patterns => \@patterns };
}

my (%bad, %total, %bad_keys);
my $failures = 0;
for my $text (@texts) {
    my ($own) = $text =~ m{^chapters/([^/]+)/} ? ($1) : ('');
    open(my $fh, '<', $text) or die "keys.pl: $text: $!\n";
    $total{$text} = 0;
    $bad{$text} = 0;
    while (my $line = <$fh>) {
        my $n = $.;
        # Inline code shows a key's syntax, not a value (`{{key}}`); a
        # fence line's attributes (a table's caption) are text.
        $line =~ s/`[^`]*`//g unless $line =~ /^\s*```/;
        while ($line =~ /\{\{([\w:-]+)\}\}/g) {
            my $ref = $1;
            my ($chapter, $key) = $ref =~ /^([\w-]+):(\w+)$/ ? ($1, $2)
                                                             : ($own, $ref);
            $total{$text}++;
            # {{10-relu-bench:key}}: a further program of chapter 10-relu.
            while ($chapter ne '' && !-d "chapters/$chapter"
                   && $chapter =~ s/-[a-z0-9]+$//) {}
            my $f = findable($chapter);
            next if $chapter ne '' && $f->{exact}{$key};
            next if $chapter ne '' && grep { $key =~ $_ } @{ $f->{patterns} };
            print "$text:$n: $ref\n";
            $bad{$text}++;
            $bad_keys{$text}{$ref} = 1;
            $failures++;
        }
    }
    close $fh;
}
for my $text (@texts) {
    next unless $total{$text};
    printf STDERR "keys.pl: %-36s %3d of %3d keys not findable (%d distinct)\n",
        $text, $bad{$text}, $total{$text},
        scalar keys %{ $bad_keys{$text} || {} };
}
exit($failures ? 1 : 0);
