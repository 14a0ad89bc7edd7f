# train.gp - the test accuracy of each activation after the last epoch
# (claim M6): the median over the seeds (dot) and the lowest and highest
# (bar). The data are 12-modern-activations-train's (chapter.mk).
eval figsize(6)
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
f = datadir."/../12-modern-activations-train/train.tsv"
set ylabel "test accuracy (%)"
set ytics 4
set bmargin 4
set xrange [-0.6:*]
set offsets 0, 0.6, 0.5, 0.5
unset key
# The names as the text spells them (the table's are the program's).
name(s) = s eq "relu" ? "ReLU" : s eq "leaky-relu" ? "leaky\nReLU" : \
          s eq "elu" ? "ELU" : s eq "selu" ? "SELU" : \
          s eq "gelu" ? "GELU" : s eq "silu" ? "SiLU" : \
          s eq "mish" ? "Mish" : s
plot f using "x":"acc":"lo":"hi":xticlabels(name(stringcolumn("act"))) \
         with yerrorbars lt 1 pt 7 ps 0.6
