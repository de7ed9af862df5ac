@echo off
rem Starts CX Lens from the cxlens.jar beside this script: the desktop app without arguments or with a
rem .cxlens file, else the command line. Java 17 takes a class-data-sharing archive only from the
rem command line, so this script gives it one (ADR 0011): the classes the app's start loads, parsed and
rem verified once, mapped from the archive at every later start. The first desktop start writes the
rem archive as the app ends; an archive that does not fit the jar or the Java runtime is left unused
rem without a word, so the app always starts. Extra JVM options: CXLENS_JAVA_OPTIONS.
setlocal EnableExtensions DisableDelayedExpansion
set "jar=%~dp0cxlens.jar"
rem No parentheses around anything that holds a path: "C:\Program Files (x86)" would end the block.
set "java=java.exe"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java.exe"
set "home=%USERPROFILE%\.cxlens"
rem -Dcxlens.home=FOLDER among the extra options moves the app's folder.
if not defined CXLENS_JAVA_OPTIONS goto optionsRead
set "rest=%CXLENS_JAVA_OPTIONS:*-Dcxlens.home=%"
if "%rest%"=="%CXLENS_JAVA_OPTIONS%" goto optionsRead
for /f "tokens=1" %%h in ("%rest:~1%") do set "home=%%~h"
:optionsRead
rem The JVM's own words about the archive (classes it skips, an archive that does not fit) are not for the user.
set "quiet=-Xlog:cds*=off -Xlog:class+path=off"
set "desktop=no"
if "%~1"=="" set "desktop=yes"
if /i "%~x1"==".cxlens" set "desktop=yes"
rem The desktop runs on the client compiler only (ADR 0014); the command line keeps both compilers for its long runs.
set "jit="
if "%desktop%"=="yes" set "jit=-XX:TieredStopAtLevel=1"

rem One archive per jar and Java runtime: a rebuilt jar or an updated Java gets a new one.
for %%f in ("%jar%") do set "jarstamp=%%~zf-%%~tf"
set "runtime=%java%"
if not exist "%runtime%" for %%f in ("%java%") do set "runtime=%%~$PATH:f"
set "runtimestamp=0"
if defined runtime for %%f in ("%runtime%") do set "runtimestamp=%%~zf-%%~tf"
set "stamp=%jarstamp%-%runtimestamp%"
set "stamp=%stamp:/=%"
set "stamp=%stamp::=%"
set "stamp=%stamp: =%"
set "stamp=%stamp:.=%"
set "archives=%home%\class-data"
set "archive=%archives%\cxlens-@project.version@-%stamp%.jsa"

if not exist "%archive%" goto noArchive
"%java%" %CXLENS_JAVA_OPTIONS% %quiet% %jit% "-XX:SharedArchiveFile=%archive%" -jar "%jar%" %*
exit /b %ERRORLEVEL%

:noArchive
if "%desktop%"=="yes" if not exist "%archives%" mkdir "%archives%" 2>nul
if "%desktop%"=="no" goto plain
if not exist "%archives%" goto plain

rem The first desktop start: the JVM writes the classes it loaded as it ends, under a name of its
rem own; the archive is put in place only when the JVM ended normally and reads it back as valid.
set "training=%archives%\training-%RANDOM%%RANDOM%.jsa"
"%java%" %CXLENS_JAVA_OPTIONS% %quiet% %jit% "-XX:ArchiveClassesAtExit=%training%" -jar "%jar%" %*
set "status=%ERRORLEVEL%"
if not "%status%"=="0" goto done
if not exist "%training%" goto done
"%java%" %quiet% "-XX:SharedArchiveFile=%training%" -XX:+PrintSharedArchiveAndExit -XX:-CreateCoredumpOnCrash -XX:ErrorFile=NUL -cp "%jar%" -version 2>nul | find "archive is valid" >nul
if errorlevel 1 goto done
del /f /q "%archives%\cxlens-*.jsa" 2>nul
move /y "%training%" "%archive%" >nul 2>nul
:done
if exist "%training%" del /f /q "%training%" 2>nul
exit /b %status%

:plain
"%java%" %CXLENS_JAVA_OPTIONS% %quiet% %jit% -jar "%jar%" %*
exit /b %ERRORLEVEL%
