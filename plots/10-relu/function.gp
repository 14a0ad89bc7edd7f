# function.gp - ReLU and its derivative (claim R1). The derivative jumps
# from 0 to 1 at z = 0, where it does not exist; the dot marks the value
# the code takes there, named by a label beside it rather than a legend,
# which would cover the dot or the lines.
# In print the figure is drawn 10 cm wide and set at the text's width
# (chapter.md: width=100%), so that every text and line is 1.55 times
# style.gp's, the labels at about 8.5 pt; the web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo size 10cm,3.9cm
} else {
    eval figsize(6)
}
set output outfile
set multiplot layout 1,2
set xlabel "{/:Italic z}"
set xrange [-2:2]
set xtics 1
unset key
set yrange [-0.3:2.1]
set ytics 0.5
set title "relu({/:Italic z}) = max(0, {/:Italic z})"
plot datadir."/function.tsv" using "z":"relu" with lines lt 1 notitle
set title "relu'({/:Italic z})"
set yrange [-0.2:1.2]
set label 1 "relu'(0) as the\ncode takes it" at 0.35, 0.45 left
set arrow 1 from 0.3, 0.33 to 0.06, 0.05 lt 7 lw 0.8 size 0.08, 25
plot datadir."/function.tsv" using "z":"relu_prime" with lines lt 1 \
         notitle, \
     datadir."/convention.tsv" using "z":"relu_prime" with points \
         lt 7 pt 7 ps 0.6 notitle
unset multiplot
