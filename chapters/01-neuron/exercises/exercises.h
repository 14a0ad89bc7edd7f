/*
 * exercises.h - the functions chapter 1's exercises ask for. The stubs
 * (01.K-*.c) and their solutions define them; the checks call them.
 */
#ifndef EXERCISES_01_H
#define EXERCISES_01_H

/* 01.1: the neuron's output a = s(w . x + b), s the sigmoid. */
double ex01_output(const double w[2], double b, const double x[2]);

/* 01.2: the signed distance of x from the line w . x + b = 0, positive
 * on the side w points to. */
double ex01_distance(const double w[2], double b, const double x[2]);

/* 01.3: a neuron (w, b) whose line passes through p and q and whose
 * positive side (z > 0) holds r. */
void ex01_line(const double p[2], const double q[2], const double r[2],
               double w[2], double *b);

#endif
