# The layer check itself: a tree with one #include that runs up must fail it, and name the line;
# the same tree without it must pass.
#   cmake -DCHECK=CheckLayers.cmake -DWORK=<scratch dir> -DLAYERS=a,b,c -P this file
file(REMOVE_RECURSE "${WORK}")
set(_given "${LAYERS}")
string(REPLACE "," ";" LAYERS "${LAYERS}")
list(GET LAYERS 0 _lowest)
list(GET LAYERS -1 _highest)
file(WRITE "${WORK}/core/${_lowest}/Low.h" "#pragma once\n")
file(WRITE "${WORK}/core/${_highest}/High.h" "#pragma once\n#include \"${_lowest}/Low.h\"\n")
file(WRITE "${WORK}/ui/Window.cpp" "#include \"${_highest}/High.h\"\n#include \"widgets/ChatView.h\"\n")

execute_process(COMMAND ${CMAKE_COMMAND} "-DROOT=${WORK}" "-DLAYERS=${_given}" -P "${CHECK}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "a tree whose includes all run down was refused:\n${_out}")
endif()

file(WRITE "${WORK}/core/${_lowest}/Low.cpp" "#include \"${_lowest}/Low.h\"\n#include \"${_highest}/High.h\"\n")
execute_process(COMMAND ${CMAKE_COMMAND} "-DROOT=${WORK}" "-DLAYERS=${_given}" -P "${CHECK}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(_rc EQUAL 0)
    message(FATAL_ERROR "an #include from ${_lowest}/ up to ${_highest}/ was not refused:\n${_out}")
endif()
if(NOT _out MATCHES "core/${_lowest}/Low.cpp: #include \"${_highest}/High.h\": ${_lowest}/ must not include ${_highest}/")
    message(FATAL_ERROR "the refusal does not name the offending line:\n${_out}")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "an upward #include is refused, with its file and line")
