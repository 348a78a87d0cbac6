// Shared pieces of the benchmark programs (tests/bench): a quiet Prosody, waiting without
// blocking the event loop, statistics and tables, plain QXmpp clients, in-process Tandem
// devices, real `tandem` processes and a received-traffic counter.
//
// Benchmarks are plain executables that print figures; they are not timed unit tests.
#pragma once

#include "BenchProcesses.h"
#include "BenchReport.h"
#include "BenchXmpp.h"
